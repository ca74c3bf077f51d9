from collections import deque
import random
random.seed(7)
queue = deque()
served = []
for tick in range(20):
    if random.random() < 0.6:
        queue.append('c%d' % tick)
    if tick % 2 == 0 and queue:
        served.append(queue.popleft())
print(served, list(queue), len(served) + len(queue))

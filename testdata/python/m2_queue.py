import queue

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(5):
    q.put(i * 10)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait('x')
print(q.get_nowait(), q.get(block=False), q.get(timeout=1), q.qsize())
def err(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except (queue.Empty, queue.Full, ValueError) as e:
        return '%s %r' % (type(e).__name__, str(e))
print(err(q.get, block=False), err(q.get_nowait), err(q.get, timeout=0.01), err(q.get, True, -1))

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2, block=False)
print(b.full(), b.qsize())
print(err(b.put, 3, block=False), err(b.put_nowait, 3), err(b.put, 3, timeout=0.01))
print(b.get(), b.full(), b.unfinished_tasks)
b.task_done()
b.task_done()
print(b.unfinished_tasks)
print(err(b.task_done))
print(b.join())

lq = queue.LifoQueue()
for c in 'abc':
    lq.put(c)
print([lq.get() for _ in range(3)], lq.empty())

pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'alpha')]:
    pq.put(item)
print(pq.qsize(), [pq.get_nowait() for _ in range(4)])
print(err(pq.get_nowait))

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(False))
print(err(sq.get, False), err(sq.get_nowait))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(isinstance(pq, queue.Queue), isinstance(lq, queue.Queue), isinstance(sq, queue.Queue))

class Doubling(queue.Queue):
    def _put(self, item):
        self.queue.append(item * 2)
d = Doubling()
d.put(21)
print(d.get(), len(d.queue))

w = queue.Queue()
for job in ['j1', 'j2', 'j3']:
    w.put(job)
done = []
while not w.empty():
    done.append(w.get())
    w.task_done()
w.join()
print(done, w.unfinished_tasks)

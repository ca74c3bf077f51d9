import threading, time, queue
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
        time.sleep(0.01)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
print(len(results))
# producer / consumer
q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    q.put(i)
q.put(None)
c.join()
print(out)
ev = threading.Event()
def setter():
    time.sleep(0.05)
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(2))
print(ev.wait(0.01), threading.Event().wait(0.01))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
loc = threading.local()
loc.x = 1
seen = []
def readloc():
    seen.append(hasattr(loc, 'x'))
    loc.x = 2
    seen.append(loc.x)
t = threading.Thread(target=readloc); t.start(); t.join()
print(seen, loc.x)
class L(threading.local):
    def __init__(self, v):
        self.v = v
l = L(5)
l.v = 6
def readL():
    seen.append(l.v)
t = threading.Thread(target=readL); t.start(); t.join()
print(seen, l.v)
# busy loops interleave
counter = {'a': 0, 'b': 0}
stop = [False]
def spin(k):
    while not stop[0]:
        counter[k] += 1
ta = threading.Thread(target=spin, args=('a',)); tb = threading.Thread(target=spin, args=('b',))
ta.start(); tb.start()
time.sleep(0.2)
stop[0] = True
ta.join(); tb.join()
print(counter['a'] > 0, counter['b'] > 0)
r = threading.RLock()
with r:
    with r:
        print('rlock reentrant')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)
cond = threading.Condition()
items = []
def cons():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        items.append('done')
t = threading.Thread(target=cons); t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(items)
b = threading.Barrier(3)
res = []
def bw():
    res.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
tm = threading.Timer(0.01, lambda: res.append('timer'))
tm.start(); tm.join()
print(res[-1])
def boom():
    raise ValueError('in thread')
t = threading.Thread(target=boom, name='B'); t.start(); t.join()
print(t.is_alive(), t.name)
def late():
    time.sleep(0.1)
    print('late thread done')
threading.Thread(target=late).start()
print('main done')

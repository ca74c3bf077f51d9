import threading, queue
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError', e)
counter = {'n': 0}
def work(k, out):
    for _ in range(1000):
        with lock:
            counter['n'] += 1
    out.append(k)
done = []
threads = [threading.Thread(target=work, args=(i, done), name='worker-%d' % i) for i in range(4)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter['n'], sorted(done), [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.current_thread() is threading.main_thread(), isinstance(threading.get_ident(), int))
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name='custom')
t.start(); t.join()
print(names)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
w = Worker(101)
w.start(); w.join()
print(w.result)
local = threading.local()
local.value = 'main'
seen = []
def reader():
    seen.append(getattr(local, 'value', 'unset'))
    local.value = 'thread'
    seen.append(local.value)
t = threading.Thread(target=reader)
t.start(); t.join()
print(seen, local.value)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
results = []
def waiter():
    ev.wait()
    results.append('woke')
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(results, ev.is_set(), ev.wait(), end=' ')
ev.clear()
print(ev.is_set())
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i * i)
    q.put(None)
got = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
for t in ts: t.join()
print(got, q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print('queue.Empty')
cond = threading.Condition()
items = []
def cons():
    with cond:
        cond.wait_for(lambda: items)
        items.append('consumed')
t = threading.Thread(target=cons)
t.start()
with cond:
    items.append('x')
    cond.notify_all()
t.join()
print(items)
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
print(threading.active_count(), len(threading.enumerate()), threading.Timer(10, lambda: None).daemon in (True, False))

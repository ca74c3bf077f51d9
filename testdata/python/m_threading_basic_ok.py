import threading
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
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
t = threading.Thread(target=lambda: None, name='custom')
t.start(); t.join()
print(t.name)
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
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), end=' ')
ev.clear()
print(ev.is_set())
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
print(threading.active_count(), len(threading.enumerate()))

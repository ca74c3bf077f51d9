# A cooperative task scheduler on generators (asyncio-lite): sleep, channels, joins, cancellation, exceptions.
from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

class Recv:
    def __init__(self, chan):
        self.chan = chan

class Cancelled(Exception):
    pass

class Task:
    _ids = 0
    def __init__(self, gen, name):
        Task._ids += 1
        self.id, self.gen, self.name = Task._ids, gen, name
        self.result = self.error = None
        self.done = False
        self.send_value = None
        self.waiters = []

class Channel:
    def __init__(self):
        self.items, self.readers = deque(), deque()

class Loop:
    def __init__(self):
        self.ready, self.sleeping, self.now, self.trace = deque(), [], 0, []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.ready.append(t)
        return t
    def send(self, chan, item):
        if chan.readers:
            reader = chan.readers.popleft()
            reader.send_value = item
            self.ready.append(reader)
        else:
            chan.items.append(item)
    def cancel(self, task):
        if not task.done:
            task.pending_cancel = True
    def _step(self, task):
        try:
            if getattr(task, 'pending_cancel', False):
                task.pending_cancel = False
                req = task.gen.throw(Cancelled('cancelled at t=%d' % self.now))
            else:
                value, task.send_value = task.send_value, None
                req = task.gen.send(value)
        except StopIteration as e:
            task.done, task.result = True, (e.args[0] if e.args else None)
        except Exception as e:
            task.done, task.error = True, e
        else:
            if isinstance(req, Sleep):
                self.sleeping.append((self.now + req.ticks, task.id, task))
            elif isinstance(req, Recv):
                if req.chan.items:
                    task.send_value = req.chan.items.popleft()
                    self.ready.append(task)
                else:
                    req.chan.readers.append(task)
            elif isinstance(req, Task):
                if req.done:
                    task.send_value = req.result
                    self.ready.append(task)
                else:
                    req.waiters.append(task)
            else:
                self.ready.append(task)
            return
        self.trace.append('t=%d %s %s' % (self.now, task.name, 'failed: %r' % task.error if task.error else 'done -> %r' % (task.result,)))
        for w in task.waiters:
            w.send_value = task.result
            self.ready.append(w)
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                self.now = self.sleeping[0][0]
                while self.sleeping and self.sleeping[0][0] == self.now:
                    self.ready.append(self.sleeping.pop(0)[2])
            self._step(self.ready.popleft())

loop = Loop()
jobs = Channel()

def producer(n):
    for i in range(n):
        yield Sleep(2)
        loop.send(jobs, 'job%d' % i)
    loop.send(jobs, None)
    return 'produced %d' % n

def consumer(name):
    handled = []
    while True:
        item = yield Recv(jobs)
        if item is None:
            loop.send(jobs, None)
            break
        handled.append(item)
        yield Sleep(3)
    return handled

def failing():
    yield Sleep(1)
    raise ValueError('bad input')

def long_running():
    try:
        while True:
            yield Sleep(5)
    except Cancelled as e:
        return 'cleaned up (%s)' % e

def supervisor(task, killer_at):
    yield Sleep(killer_at)
    loop.cancel(task)
    result = yield task
    return 'supervised: %s' % result

p = loop.spawn(producer(5), 'producer')
c1, c2 = loop.spawn(consumer('c1'), 'c1'), loop.spawn(consumer('c2'), 'c2')
f = loop.spawn(failing(), 'failing')
lr = loop.spawn(long_running(), 'long')
sup = loop.spawn(supervisor(lr, 7), 'supervisor')
loop.run()
print(*loop.trace, sep='\n')
print(p.result, c1.result, c2.result, type(f.error).__name__, sup.result, loop.now)

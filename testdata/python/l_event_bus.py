# Event dispatcher with decorators, weak-ish registration, priorities and exceptions
from collections import defaultdict

class StopPropagation(Exception):
    pass

class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.history = []
    def on(self, event, priority=0):
        def register(fn):
            self._handlers[event].append((priority, len(self._handlers[event]), fn))
            self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register
    def off(self, event, fn):
        before = len(self._handlers[event])
        self._handlers[event] = [h for h in self._handlers[event] if h[2] is not fn]
        return before - len(self._handlers[event])
    def emit(self, event, *args, **kwargs):
        results = []
        for prio, _, fn in list(self._handlers.get(event, [])):
            try:
                results.append(fn(*args, **kwargs))
            except StopPropagation as sp:
                results.append('stopped:%s' % sp)
                break
            except Exception as exc:
                results.append('error:%s:%s' % (type(exc).__name__, exc))
        self.history.append((event, len(results)))
        return results

bus = EventBus()

@bus.on('login')
def greet(user):
    return 'hello ' + user

@bus.on('login', priority=10)
def audit(user):
    return 'audit ' + user.upper()

@bus.on('login', priority=5)
def check(user):
    if user == 'mallory':
        raise StopPropagation('banned')
    return 'ok'

@bus.on('divide')
def div(a, b=1):
    return a / b

print(bus.emit('login', 'alice'))
print(bus.emit('login', 'mallory'))
print(bus.emit('divide', 10, b=4), bus.emit('divide', 1, b=0), bus.emit('nothing'))
print(bus.off('login', check), bus.off('login', check), bus.emit('login', user='bob'))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.n
cnt = Counter()
bus.on('tick')(cnt)
bus.on('tick', priority=1)(lambda: 'first')
for _ in range(3):
    out = bus.emit('tick')
print(out, cnt.n, bus.history)
print(sorted(bus._handlers), {k: len(v) for k, v in sorted(bus._handlers.items())})

def make_logger(prefix, sink):
    def handler(*args, **kwargs):
        sink.append('%s %s %s' % (prefix, args, sorted(kwargs.items())))
    return handler
sink = []
for p in ('A', 'B'):
    bus.on('log')(make_logger(p, sink))
bus.emit('log', 1, x=2)
print(sink)

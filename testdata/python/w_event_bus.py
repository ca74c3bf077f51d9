# An event system: decorators register handlers with priorities, wildcards, once-handlers and errors.
import fnmatch

class StopPropagation(Exception):
    pass

class EventBus:
    def __init__(self):
        self._handlers = {}
        self._seq = 0
        self.log = []

    def on(self, pattern, priority=0, once=False):
        def register(fn):
            self._seq += 1
            self._handlers.setdefault(pattern, []).append((-priority, self._seq, fn, once))
            return fn
        return register

    def off(self, pattern, fn):
        before = len(self._handlers.get(pattern, []))
        self._handlers[pattern] = [h for h in self._handlers.get(pattern, []) if h[2] is not fn]
        return before - len(self._handlers[pattern])

    def emit(self, event, **payload):
        matched = []
        for pattern, handlers in self._handlers.items():
            if fnmatch.fnmatchcase(event, pattern):
                matched.extend((h, pattern) for h in handlers)
        matched.sort(key=lambda item: item[0][:2])
        results = []
        for (prio, seq, fn, once), pattern in matched:
            if once:
                self._handlers[pattern].remove((prio, seq, fn, once))
            try:
                results.append(fn(event, **payload))
            except StopPropagation as e:
                results.append('stopped:%s' % e)
                break
            except Exception as e:
                self.log.append('%s in %s: %s' % (type(e).__name__, fn.__name__, e))
        return results

bus = EventBus()

@bus.on('user.created')
def send_welcome(event, name, **_):
    return 'welcome mail to %s' % name

@bus.on('user.*', priority=10)
def audit(event, **payload):
    return 'audit %s %s' % (event, sorted(payload))

@bus.on('user.deleted', priority=5)
def guard(event, name, **_):
    if name == 'root':
        raise StopPropagation('cannot delete root')
    return 'guard ok'

@bus.on('*', priority=-1)
def fallback(event, **payload):
    return 'seen ' + event

@bus.on('order.*', once=True)
def first_order(event, **payload):
    return 'first order bonus %d' % payload['total']

@bus.on('order.paid')
def broken(event, total):
    return total / 0

print(bus.emit('user.created', name='ann', email='ann@example.org'))
print(bus.emit('user.deleted', name='bob'))
print(bus.emit('user.deleted', name='root'))
print(bus.emit('order.paid', total=30))
print(bus.emit('order.paid', total=50))
print(bus.emit('system.boot'))
print(bus.off('*', fallback), bus.off('*', fallback), bus.emit('system.boot'))
print(bus.log)
print(sorted((p, [h[2].__name__ for h in hs]) for p, hs in bus._handlers.items()))
print(fnmatch.fnmatchcase('a.b', 'a.?'), fnmatch.fnmatch('X.TXT', '*.[tT]xt'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
print(fnmatch.translate('user.*'))

# exceptions propagating out of __eq__, __hash__, key functions, __iter__ and callbacks

class Explosive:
    def __init__(self, v, boom_on=None):
        self.v = v
        self.boom_on = boom_on
    def __eq__(self, other):
        if self.boom_on == 'eq':
            raise RuntimeError(f'eq exploded on {self.v}')
        return isinstance(other, Explosive) and self.v == other.v
    def __hash__(self):
        if self.boom_on == 'hash':
            raise RuntimeError(f'hash exploded on {self.v}')
        return hash(self.v)
    def __repr__(self):
        return f'E({self.v})'

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

items = [Explosive(1), Explosive(2, 'eq'), Explosive(3)]
show('in ok', lambda: Explosive(1) in items)
show('in boom', lambda: Explosive(3) in items)
show('index boom', lambda: items.index(Explosive(3)))
show('count boom', lambda: items.count(Explosive(9)))
show('dict key', lambda: {Explosive(1, 'hash'): 1})
show('set add', lambda: {Explosive(5), Explosive(6, 'hash')})
show('dict lookup', lambda: {1: 'a'}.get(Explosive(1, 'hash')))
show('hash ok', lambda: {Explosive(7): 'x'}[Explosive(7)])

def bad_key(x):
    if x == 3:
        raise ValueError('cannot rank 3')
    return -x

data = [5, 3, 1]
show('sort key', lambda: data.sort(key=bad_key))
print('data untouched?', data)
show('sorted key', lambda: sorted([4, 2], key=bad_key))
show('max key', lambda: max([1, 3], key=bad_key))
show('map fn', lambda: list(map(bad_key, [1, 3, 5])))
show('filter fn', lambda: list(filter(bad_key, [1, 3])))

class HalfIter:
    def __iter__(self):
        yield 1
        yield 2
        raise IOError('stream broke')

show('list halfiter', lambda: list(HalfIter()))
show('sum halfiter', lambda: sum(HalfIter()))
show('dict halfiter', lambda: dict.fromkeys(HalfIter()))
partial = []
try:
    for v in HalfIter():
        partial.append(v)
except OSError as e:
    print('partial', partial, type(e).__name__, e)

handlers = []

def on(event):
    def register(fn):
        handlers.append((event, fn))
        return fn
    return register

@on('save')
def ok_handler(payload):
    return f'saved {payload}'

@on('save')
def failing_handler(payload):
    raise PermissionError(f'read-only: {payload}')

@on('save')
def another(payload):
    return len(payload)

def fire(event, payload):
    results, errors = [], []
    for ev, fn in handlers:
        if ev != event:
            continue
        try:
            results.append(fn(payload))
        except Exception as e:
            errors.append(f'{fn.__name__}: {type(e).__name__}: {e}')
    return results, errors

print(fire('save', 'doc.txt'))
print(fire('load', 'x'))

# KeyError repr of keys and IndexError messages for sequences

def show(label, fn):
    try:
        print(label, fn())
    except LookupError as e:
        print(label, type(e).__name__, e, repr(e), e.args)

d = {'a': 1, 2: 'two', (1, 2): 'pair'}
show('str key', lambda: d['b'])
show('int key', lambda: d[3])
show('tuple key', lambda: d[(3, 4)])
show('one-tuple key', lambda: d[(5,)])
show('empty str key', lambda: d[''])
show('quote key', lambda: d["it's"])
show('float key', lambda: d[1.5])
show('none key', lambda: d[None])
show('bool key', lambda: d[True])
show('frozenset key', lambda: d[frozenset()])
show('pop missing', lambda: d.pop('zz'))
show('pop default', lambda: d.pop('zz', 'dflt'))
show('popitem empty', lambda: {}.popitem())
show('set remove', lambda: {1, 2}.remove(3))
show('set pop empty', lambda: set().pop())
show('del missing', lambda: d.__delitem__('q'))

lst = [10, 20, 30]
show('list idx', lambda: lst[3])
show('list neg', lambda: lst[-4])
show('list ok neg', lambda: lst[-3])
show('tuple idx', lambda: (1, 2)[5])
show('str idx', lambda: 'abc'[10])
show('bytes idx', lambda: b'abc'[3])
show('bytearray idx', lambda: bytearray(b'ab')[2])
show('range idx', lambda: range(3)[3])
show('empty list', lambda: [][0])
show('pop empty', lambda: [].pop())
show('pop idx', lambda: [1].pop(5))
show('list assign', lambda: lst.__setitem__(7, 0))
show('list del', lambda: lst.__delitem__(9))
show('insert far', lambda: (lst.insert(99, 40), lst)[1])

def nested():
    data = {'users': [{'name': 'x', 'roles': ['admin']}]}
    return data['users'][0]['roles'][1]

show('nested', nested)

def nested_key():
    cfg = {'db': {'host': 'h'}}
    return cfg['db']['port']

show('nested key', nested_key)

try:
    {}['k']
except KeyError as e:
    print('args', e.args, str(e), repr(e))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print('two', e, repr(e))
try:
    raise KeyError()
except KeyError as e:
    print('none', repr(str(e)), repr(e))
try:
    raise IndexError('custom message')
except LookupError as e:
    print('custom', e, isinstance(e, IndexError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(LookupError, Exception), issubclass(KeyError, IndexError))

import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, total_ordering, cached_property, singledispatch
# total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.t == o.t
    def __le__(self, o):
        return self.t <= o.t
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.t))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print(sorted(vs), Version('2') > Version('1.9'), Version('1.0') >= Version('1.0'), Version('1') < Version('1.0'), max(vs))
# cached_property
class Page:
    computed = 0
    def __init__(self, text):
        self.text = text
    @cached_property
    def words(self):
        Page.computed += 1
        return self.text.split()
p = Page('a b c')
print(p.words, p.words, Page.computed, 'words' in p.__dict__)
p.__dict__.pop('words')
print(p.words, Page.computed)
p.words = ['override']
print(p.words, type(Page.__dict__['words']).__name__)
# singledispatch
@singledispatch
def to_json(obj):
    raise TypeError('unsupported: ' + type(obj).__name__)
@to_json.register
def _(obj: int):
    return str(obj)
@to_json.register(list)
@to_json.register(tuple)
def _(obj):
    return '[' + ','.join(to_json(x) for x in obj) + ']'
@to_json.register(str)
def _(obj):
    return '"' + obj + '"'
print(to_json([1, (2, 'x')]), to_json(True), to_json.dispatch(bool).__name__, sorted(t.__name__ for t in to_json.registry))
try:
    to_json(1.5)
except TypeError as e:
    print('TypeError', e)

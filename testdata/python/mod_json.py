import json
from collections import OrderedDict, namedtuple
data = {'name': 'Zoë', 'n': 3, 'f': 1.5, 'big': 2 ** 70, 'ok': True, 'none': None, 'list': [1, 'two', [3]], 'tuple': (1, 2), 'nested': {'a': {}}, 'empty': []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps([1, {'a': [2, 3]}], indent='\t'), json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps('quote " backslash \\ nl \n tab \t ctrl \x01 emoji 😀'))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 0.1, -0.0, 10.0]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1}}, default=sorted), json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(namedtuple('P', 'x y')(1, 2)))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError', e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {2, 1}}, cls=Enc), Enc(indent=1).encode([1]))
s = '{"b": 1, "a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "c": {"d": {}}, "e": 123456789012345678901234567890}'
obj = json.loads(s)
print(obj, list(obj), type(obj['a'][1]).__name__, type(obj['a'][2]).__name__, obj['e'])
print(json.loads('  [1, 2] '), json.loads('"\\n\\t\\"\\/"'), json.loads(b'{"x": 1}'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=lambda v: int(v) * 10), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": 1, "a": 2}'))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '[1] x', 'tru', '"\\q"', '{"a":\n  nope}', '"\x01"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', repr(bad), e, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.msg)
import io
buf = io.StringIO() if hasattr(io, 'StringIO') else None

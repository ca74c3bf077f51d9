# json decode/encode errors and their positions
import json

docs = ['', '{', '{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", 'nul', '[1] x', '"unterminated',
        '{"a": NaN}', '01', '[1,,2]', '{"k": "v"}', ' 42 ', 'true', '"\\u00e9"', '{"a": [1, {"b": null}]}']
for doc in docs:
    try:
        print(repr(doc), '->', json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', type(e).__name__, e, (e.pos, e.lineno, e.colno))

multi = '{\n  "a": 1,\n  "b": oops\n}'
try:
    json.loads(multi)
except ValueError as e:
    print('multi', e, e.lineno, e.colno, isinstance(e, ValueError))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for obj in [{1, 2}, Point(1, 2), b'bytes', {(1, 2): 'tuple key'}, float('nan'), {'ok': [1, 2.5, None, True]}]:
    try:
        print(json.dumps(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'cannot encode {type(o).__name__}')

print(json.dumps([Point(3, 4)], default=encode_point))
try:
    json.dumps([Point(3, 4), {1}], default=encode_point)
except TypeError as e:
    print('default raised', e)
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({2: 'int key', True: 'bool', None: 'none'}, sort_keys=False))
print(json.dumps({'b': 1, 'a': [1, 2]}, sort_keys=True, indent=2))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1e400, -1e400]'))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)

# json.dumps(obj) and json.loads(s) without keywords take a fast path;
# keywords, wrong calls and the other entry points behave as before.
import json

print(json.dumps({'a': [1, 2.5, None, True]}), json.loads('{"a": [1, 2.5, null, true]}'))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=2))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('\u00e9', ensure_ascii=False))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', object_hook=dict))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b'[1, 2]')))
print(json.dumps(object(), default=repr)[:9])
for call in (lambda: json.loads(), lambda: json.dumps(),
             lambda: json.loads('[1,'), lambda: json.loads(5),
             lambda: json.dumps(object()), lambda: json.dumps({1j: 2}), lambda: json.loads('1', bogus=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(json.loads.__name__, json.dumps.__name__, callable(json.loads))


class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)


print(json.dumps({3, 1, 2}, cls=E))
import io
f = io.StringIO()
json.dump({'z': [1]}, f)
print(f.getvalue(), json.load(io.StringIO(f.getvalue())))

# json.loads through the decoder's paths: containers sized at the end,
# keys boxed once, one-character strings shared
import json

doc = '{"a": [1, 2, [3, [4, {"b": "c"}]], {}], "d": {"e": {"f": []}}, "g": "h", "a": "dup"}'
v = json.loads(doc)
print(v, list(v), type(v), isinstance(v, dict))
print(json.loads('[[], {}, [[]], [{}], "x", "", "\\u00e9", "\\ud83d\\ude00", "\\n"]'))
print(json.loads('"caf\\u00e9 \\u6771\\u4eac \\"q\\" \\\\ \\/"'))
print(json.loads('"東京 ünï"'), json.loads('{"ключ": "значение"}'))
print(json.loads('[12345678901234567890123, -98765432109876543210, 0, -0, 255, 256, -1]'))
print(json.loads('[1.5, -0.0, 1e10, 2.5E-3, 1E400, 0.1, 123456789.123456789]'))
print(json.loads('[true, false, null, NaN, Infinity, -Infinity]'))
users = json.loads(json.dumps({'users': [{'id': i, 'name': 'u%d' % i, 'tags': ['a', 'b']} for i in range(3)]}))
print(users)
u = users['users']
u[0]['tags'].append('z'); u[1]['x'] = 1
print(u[0], u[1], u[2], u[0]['tags'] is u[1]['tags'])
print(json.loads('{"k": 1, "k2": {"k": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('{"k": [1, {"j": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2, "m": 3}').keys())
for bad in ['[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{"a": [1, {"b": }]}', '"abc', '{1: 2}', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno)
nested = '[' * 50 + ']' * 50
print(len(str(json.loads(nested))))
big = json.loads('[' + ', '.join('{"i": %d, "s": "%s"}' % (i, 'x' * i) for i in range(40)) + ']')
print(len(big), big[-1]['i'], len(big[-1]['s']), sum(d['i'] for d in big))

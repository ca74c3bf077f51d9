import json, math
floats = [0.0, -0.0, 1.0, 1.5, 0.1, 1e16, 1e-5, 1.23e-7, 123456789.123, 2.5e300, -1e-300, 1/3, 100.0, 5e-324, 1.7976931348623157e308]
print(json.dumps(floats))
print([json.loads(json.dumps(f)) == f for f in floats].count(True), len(floats))
print(json.dumps([10 ** 20, -10 ** 30, 0, -1, True, False]), json.loads('[1E2, 1e-2, -0, -0.0, 0.5e1, 10000000000000000000000]'))
print(json.loads('1.0'), type(json.loads('1.0')).__name__, json.loads('1'), json.loads('1e400'), json.loads('-1e400'), json.loads('12345678901234567890.5'))
class Flag(int):
    pass
class Name(str):
    pass
class FList(list):
    pass
class FDict(dict):
    pass
print(json.dumps({'n': Flag(3), 's': Name('x'), 'l': FList([1]), 'd': FDict(a=1)}), json.dumps(Name('k')), json.dumps({Name('key'): 1}))
strings = ['plain', 'quote"d', 'back\\slash', 'new\nline', 'tab\t', '\x00\x08\x0c\x1b', '\u00e9\u00fc', '\u4e2d\u6587', '\U0001f389', '/slash', '\u2028\u2029']
print(json.dumps(strings))
print(json.dumps(strings, ensure_ascii=False))
print(json.loads(json.dumps(strings)) == strings, json.loads(json.dumps(strings, ensure_ascii=False)) == strings)
print(json.loads('"\\ud83d\\ude00"') == '\U0001f600', json.loads('"\\u00E9"'), json.loads('"\\b\\f\\r"') == '\b\f\r', len(json.loads('"\\ud800"')))
print(json.dumps({'a': [], 'b': {}, 'c': [{}], 'd': [[]]}, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[1, 2], {'k': []}], indent=1, separators=(',', ': ')))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, indent='--'))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True), json.dumps({True: 1, False: 0, None: 'n'}), json.dumps({1.5: 'x', 2.0: 'y'}))
print(json.loads('{"__proto__": 1, "": 2, " ": 3}'), json.loads('{"a": {"a": {"a": {}}}}'), json.loads('[[[[[[[]]]]]]]'))
deep = json.loads('[' * 200 + ']' * 200)
d = 0
while deep:
    deep = deep[0]
    d += 1
print(d)
for s in ['Infinity', '-Infinity', 'NaN', '[NaN, Infinity]']:
    v = json.loads(s)
    print(s, repr(v), json.dumps(v))
for bad in ['nan', 'inf', '+1', '.5', '1.', '0x10', '1e', '--1', '"\\x41"', '"\t"', "'single'", 'True', '{"a":1,}', '[,]', '{,}', '"\\u12"', '1 2', ']', '{"a" : 1 "b"}']:
    try:
        json.loads(bad)
        print('accepted', repr(bad))
    except json.JSONDecodeError as e:
        print('%-14r %s' % (bad, e))
print(json.loads('"\t"', strict=False) == '\t', json.loads(' \t\n\r 5 \n'), json.loads(bytearray(b'[1]')), json.loads('"\\u0000"') == '\x00')

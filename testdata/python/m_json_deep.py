import json, io, datetime, decimal
from collections import OrderedDict
doc = {'id': 7, 'tags': ['a', 'b'], 'meta': {'z': None, 'a': [1.0, 2.25, {'deep': True}]}, 'empty_d': {}, 'empty_l': []}
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, separators=(',', ':'), sort_keys=True))
print(json.dumps(doc, indent=2, separators=(',', ': ')))
print(json.dumps({'k': 'caf\u00e9 \u2603 \U0001f600'}), json.dumps({'k': 'caf\u00e9 \u2603'}, ensure_ascii=False))
print(json.dumps(['</script>', '&', "'"]), json.dumps('\x7f\x00\x1f\u2028'))
def default(o):
    if isinstance(o, datetime.date):
        return o.isoformat()
    if isinstance(o, decimal.Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot serialize %r' % type(o).__name__)
print(json.dumps({'when': datetime.date(2024, 3, 5), 'amt': decimal.Decimal('1.10'), 'ids': {3, 1, 2}}, default=default, sort_keys=True))
try:
    json.dumps({'x': object()}, default=default)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({'a': 1, 2: 'b'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
# loads hooks
def hook(d):
    if '__type__' in d and d['__type__'] == 'point':
        return (d['x'], d['y'])
    return d
print(json.loads('[{"__type__": "point", "x": 1, "y": 2}, {"a": {"__type__": "point", "x": 3, "y": 4}}]', object_hook=hook))
print(json.loads('{"price": 19.99, "n": 3, "big": 1e400}', parse_float=decimal.Decimal))
print(json.loads('[1, 2.0]', parse_int=float), json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('"\\u00e9\\u0041"'), json.loads('  {"a" :  [ 1 , 2 ] }  '), json.loads('123'), json.loads('-0.5e-3'), json.loads('true'), json.loads('null'))
errs = ['{"a": }', '[', '{"a": 1 "b": 2}', "{'a': 1}", '[1, 2', 'nul', '01', '{"a":1}}', '\n\n  [1,\n  ]']
for s in errs:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print('%-20r %s | msg=%s pos=%d line=%d col=%d' % (s, e, e.msg, e.pos, e.lineno, e.colno), e.doc == s)
try:
    json.loads(None)
except TypeError as e:
    print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
# dump/load with file objects
buf = io.StringIO()
json.dump({'users': [{'name': 'ann', 'age': 30}]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[{"x": [true]}]'), object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
enc = json.JSONEncoder(sort_keys=True, indent=None, separators=(', ', ': '))
print(enc.encode({'b': [1, 2], 'a': 'x'}), ''.join(enc.iterencode([1, {'k': 2}])))
dec = json.JSONDecoder()
print(dec.decode('{"a": 1}'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1, 2]xyz'))
class Model:
    def __init__(self, name, tags):
        self.name, self.tags = name, tags
class ModelEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Model):
            return {'name': o.name, 'tags': o.tags}
        return json.JSONEncoder.default(self, o)
print(json.dumps([Model('m1', ['x']), Model('m2', [])], cls=ModelEncoder, sort_keys=True))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)]), sort_keys=True), json.dumps((1, (2, 3))), json.dumps(3.0), json.dumps(1e-7), json.dumps(2 ** 64), json.dumps(True), json.dumps(None))
print(json.dumps([1, [2, [3]]], indent=3))

import string
from string import Template, Formatter
EMAIL = Template('''Dear $first_name,

Your order #${order_id} of $$${total} has shipped to:
    $address
Track it at ${base_url}/track/${order_id}.
''')
order = {'first_name': 'Ann', 'order_id': 1042, 'total': '59.90', 'address': '1 Main St', 'base_url': 'https://shop.example'}
print(EMAIL.substitute(order))
print(EMAIL.safe_substitute(first_name='Bob'))
try:
    EMAIL.substitute(first_name='Bob')
except KeyError as e:
    print('KeyError', e)
print(Template('$a$b ${a}_x $a_x').safe_substitute(a='1', b='2'), Template('$$ $$a').substitute(a=1))
try:
    Template('cost: $').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('100$').safe_substitute(), Template('$ 1').safe_substitute(), Template('${a b}').safe_substitute(a=1))
class PctTemplate(Template):
    delimiter = '%'
    idpattern = r'[a-z][_a-z0-9]*'
print(PctTemplate('Hi %name, %%done, %{name}s').substitute(name='z'))
class DottedTemplate(Template):
    idpattern = r'[_a-z][_a-z0-9.]*'
class Ctx(dict):
    def __missing__(self, key):
        obj = self
        for part in key.split('.'):
            obj = obj[part] if isinstance(obj, dict) and part in obj else getattr(obj, part)
        return obj
print(DottedTemplate('$user.name is $user.age').substitute(Ctx(user={'name': 'Eve', 'age': 33})))
print(sorted(Template('$x ${y} $x $$z').get_identifiers()), Template('$x').is_valid(), Template('$').is_valid())
class UpperFormatter(Formatter):
    def format_field(self, value, spec):
        if spec.endswith('u'):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s?>' % key
        return super().get_value(key, args, kwargs)
uf = UpperFormatter()
print(uf.format('{name:u} {missing} {0:>6u}|{n:05.1f}', 'abc', name='ann', n=3.14159))
class SafeDict(dict):
    def __missing__(self, k):
        return '{' + k + '}'
print('{a} and {b}'.format_map(SafeDict(a=1)), Formatter().format('{0[x]} {1.real}', {'x': 'X'}, 5))
print([t for t in Formatter().parse('{a!s:>4} lit {b[0]}')])
rows = [('Widget', 3, 2.5), ('Gadget-Pro', 12, 10.0), ('X', 100, 0.333)]
w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print('{:<{w}} | {:>5d} | {:>8.2f} | {:>9,.2f}'.format(name, qty, price, qty * price * 1000, w=w))
print('{:=^30}'.format(' REPORT '), '{:*<8}'.format('ab'), '{:#x} {:#o} {:#b}'.format(255, 8, 5), '{:+.1%}'.format(0.1234), '{:e}'.format(12345.678))
print(string.capwords(' the  quick   brown '), string.ascii_letters[20:30], sorted(set(string.punctuation) & set('a.b,c!')))
tbl = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello world'.translate(tbl), 'uryyb jbeyq'.translate(tbl))
def is_safe_filename(name):
    allowed = set(string.ascii_letters + string.digits + '._-')
    return bool(name) and set(name) <= allowed and not name.startswith('.')
print([n for n in ['report.pdf', '../etc/passwd', '.hidden', 'my file.txt', 'data_2024-01.csv', ''] if is_safe_filename(n)])

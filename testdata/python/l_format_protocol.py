# __format__, __str__/__repr__, format specs, f-string quoting
class Money:
    def __init__(self, cents, cur='USD'):
        self.cents, self.cur = cents, cur
    def __format__(self, spec):
        amount = self.cents / 100
        if spec == 'code':
            return '%s %.2f' % (self.cur, amount)
        if spec.endswith('c'):
            return format(self.cents, spec[:-1] + 'd') + 'c'
        return format(amount, spec or '.2f')
    def __str__(self):
        return '$%.2f' % (self.cents / 100)
    def __repr__(self):
        return 'Money(%d, %r)' % (self.cents, self.cur)

m = Money(123456)
print(f'{m}', f'{m:code}', f'{m:,.1f}', f'{m:>12,.2f}|', f'{m:08c}', format(m), format(m, '.0f'))
print(f'{m!s}', f'{m!r}', str(m), repr(m), '{0} {0!r} {0:code}'.format(m), '%s %r' % (m, m))
print([m], (m,), {'k': m}, str([m]))

class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)

class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<>'
print(str(OnlyRepr()), f'{OnlyRepr()}', '%s' % OnlyRepr(), [OnlyRepr()])

name, score, ratio = 'Ann', 93.456, 0.4567
print(f'{name:<6}|{name:>6}|{name:^7}|{name:*^9}|{name!r:>8}|')
print(f'{score:.1f} {score:10.3f} {score:+.2e} {score:g} {ratio:.1%} {int(score):05d} {int(score):x} {int(score):#b}')
print(f"{'quoted'}", f'{"dq"}', f'''{'tri' + "ple"}''', f"{name + '!'}", f'{{{name}}}', f'{"a" if score > 50 else "b"}')
width = 10
print(f'{name:{width}}|', f'{score:{width}.{2}f}|', f'{"x":{"<"}{width}}|', '{:{}}|'.format('y', 5))
items = {'apple': 1.5, 'kiwi': 0.25, 'banana': 12}
for k, v in sorted(items.items()):
    print(f'{k:.<12}{v:>8.2f}')
print(f'{3 + 4}', f'{[1, 2][-1]}', f'{ {"a": 1}["a"] }', f'{(lambda x: x * 2)(4)}', f'{"nl"}\n'.strip())
print('{:,}'.format(10 ** 9), '{:_}'.format(10 ** 6), '{:_x}'.format(0xFFFFFF), format(-0.0, '.1f'), format(1e100, '.3g'))
print('{0[1]} {1[k]} {2.cur}'.format([5, 6], {'k': 'v'}, m), '{a}-{b}'.format(**{'a': 1, 'b': 2}), '{!r:>6}'.format('s'))
print('%5.1f|%-5d|%05d|%x|%o|%e|%c|%%' % (3.14159, 42, 42, 255, 8, 12345.678, 65))
print('%(a)s and %(b)r' % {'a': 'A', 'b': 'B'}, '%s' % (('tuple',),), '%-8s|' % 'left', '%+d %+d' % (5, -5))
print(format(True, 'd'), format(True), f'{True!s:>6}', format(None, ''), f'{None!r}', format(3, '.2f'), format(2.0, 'n'))
class Level:
    def __init__(self, n):
        self.n = n
    def __format__(self, spec):
        return ('*' * self.n).rjust(int(spec) if spec else 0, '.')
print(f'[{Level(3):6}]', '[{:4}]'.format(Level(2)), f'[{Level(1)}]')
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('tab\there'), repr('\x00\x7f\u00e9'), ascii('\u00e9'))

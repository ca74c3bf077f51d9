name = 'world'
n = 42
pi = 3.14159
items = [1, 2, 3]
d = {'k': 'v'}
print(f'hello {name}!', f"n={n}", F'{pi:.2f}', f'{n:>6}|{n:<6}|{n:^6}|')
print(f'{name!r} {name!s} {"é"!a}', f'{items} {items[0]} {d["k"]} {len(items)}')
print(f'{{literal}} {n * 2} {n if n > 40 else 0} {"nested " + f"{n}"}')
width, prec = 10, 3
print(f'[{pi:{width}.{prec}f}]', f'{n:08b}', f'{n:#x}', f'{1234567:,}', f'{0.25:.1%}')
print(f'{n=}', f'{pi=:.1f}', f'{name = }')
print(f'''multi
line {n}
''', f'a' 'b' f'{n}', 'plain' f'{name}')
x = f'{"a":>3}' + f"{'b'!r}"
print(x, f'{d}', f'{ {"a": 1}["a"] }')
def g(v):
    return f'<{v}>'
print(g(1), [f'{i}-{j}' for i in range(2) for j in 'ab'])
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p'
print(f'{P()} {P()!r}')
print(1_000_000, 0x_ff, 1_0.5)
def pos(a, b, /, c=3):
    return a + b + c
print(pos(1, 2), pos(1, 2, c=10))
count: int = 5
label: str
print(count)
class Cfg:
    debug: bool = False
    name: str = 'x'
print(Cfg.debug, Cfg.name)
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, 9), {*a, *b}, [0, *a, 5], {**d, 'z': 1}, {'q': 0, **d})
def f(*args, **kw):
    return args, kw
print(f(*a, *b), f(*a, 7, *b, x=1), f(**d, **{'z': 2}), f(0, *a, k=1, **{'m': 2}))
first, *rest = [1, 2, 3]
print(first, rest)

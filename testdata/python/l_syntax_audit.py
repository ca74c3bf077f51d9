# audit of issue 3 point 3: newer syntax rewritten for gpython's parser
w, name, n = 8, "O'Brien", 3.14159
d = {'k': 'v', 'n': [1, 2]}
print(f'{name!r:>{w + 4}}|{n:.2f}|{n!s:^10}|{d["k"]}|{d["n"][1]}|{"nested " + f"{name}"}|{{braces}}')
print(f"{'a' if n > 3 else 'b'}", f'{n=:.1f}', f'{w*2=}', f'{"x"!a}', f'{3:{"<"}{5}}|', f'''{name
}''', rf'\n{w}', f'{(lambda x: x * 2)(w)}')
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b[::-1]], {**{'x': 1}, **{'y': 2}, 'x': 3}, {**d, 'k': 'w'})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 5, **{'p': 1}, **{'q': 2}), f(*range(2), *'ab', k=1, **{'m': 0}))
count: int = 0
names: list
class P:
    x: int = 1
    y: str
print(count, P.x, P.__annotations__, __annotations__ if '__annotations__' in dir() else 'no module annotations')
def ann(a: int, b: 'str' = 'x', *c: float, d: bool = True, **e: dict) -> None:
    v: int = a
    return v
print(ann(1), sorted(ann.__annotations__))
data = [1, 5, 12, 7]
if (big := [x for x in data if x > 4]):
    print('big', big, len(big))
while (chunk := data.pop()) != 5:
    print('chunk', chunk)
print([y for x in range(5) if (y := x * x) > 4], y)
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError', e)
print(1_000_000 + 0x_ff, 0b_1010, 1_0.5e1_0)

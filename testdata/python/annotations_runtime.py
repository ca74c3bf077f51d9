x: int = 1
y: "str"
class P:
    a: int = 0
    b: list[int]
    c = 5
    if True:
        d: float = 1.5
    def m(self):
        z: int = 3
        return z
    class Inner:
        q: bytes = b""
print(__annotations__, P.__annotations__, P.Inner.__annotations__, P().m(), P.a, x)
print(P.__dict__.get("b", "no b"))
def f():
    w: int = 4
    return w
print(f())
import dataclasses
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
print(Pt(1), dataclasses.fields(Pt)[1].name)


def g(x: int | None = None, y: list[str] | dict[str, int] | None = None) -> str | None:
    return None


print(g.__annotations__, int | None, (int | str) == (int | str), (int | str | int).__args__)


class Opt:
    v: int | None = None
    w: tuple[int, ...] = ()


print(Opt.__annotations__, Opt.v, Opt.w)

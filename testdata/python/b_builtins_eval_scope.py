# builtins: eval/exec/compile with namespaces, globals/locals/vars(), hasattr semantics, type() 3-arg
g = {"x": 10}
print(eval("x * 2", g), eval("x + y", g, {"y": 5}), eval("len('abc')"), eval("[i * i for i in range(4)]"))
exec("z = x + 1\ndef f(a):\n    return a * z", g)
print(g["z"], g["f"](3), sorted(k for k in g if k != "__builtins__"))
ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"], "math" in ns)
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 2, "b": 3}), code.co_filename if hasattr(code, "co_filename") else "<expr>")
code2 = compile("out = [n for n in range(3)]", "<stmt>", "exec")
loc = {}
exec(code2, {}, loc)
print(loc["out"])
for src in ("1 +", "x = = 1"):
    try:
        compile(src, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno)
try:
    eval("undefined_name + 1", {})
except NameError as e:
    print(type(e).__name__, e)
def scoped(p, q=2):
    r = p + q
    names = sorted(locals())
    v = sorted(vars())
    return names, v
print(scoped(1))
print("scoped" in globals(), globals()["__name__"], type(globals()).__name__)
class Lazy:
    @property
    def ok(self):
        return "fine"
    @property
    def broken(self):
        raise AttributeError("nope")
    @property
    def failing(self):
        raise ValueError("boom")
lz = Lazy()
print(hasattr(lz, "ok"), hasattr(lz, "broken"), getattr(lz, "broken", "default"))
try:
    hasattr(lz, "failing")
except ValueError as e:
    print(type(e).__name__, e)
class Base:
    greeting = "hi"
    def hello(self):
        return self.greeting + " from " + type(self).__name__
Child = type("Child", (Base,), {"greeting": "hey", "extra": lambda self: 42})
c = Child()
print(c.hello(), c.extra(), Child.__name__, Child.__bases__ == (Base,), isinstance(c, Base))
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(d):
        return -273.15 <= d
    @property
    def kelvin(self):
        return round(self.deg + 273.15, 2)
    @kelvin.setter
    def kelvin(self, k):
        self.deg = k - 273.15
t = Temp.from_f(212)
print(t.deg, t.kelvin, Temp.valid(-300), t.valid(0), type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
t.kelvin = 300
print(round(t.deg, 2), isinstance(Temp.kelvin, property), Temp.kelvin.fget is not None, Temp.kelvin.fdel)

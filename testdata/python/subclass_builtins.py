# Python classes deriving from str, bytes, int, float, tuple and list.


class Markup(str):
    """A str that is already HTML-safe (markupsafe's pattern)."""

    def __new__(cls, base="", escaped=False):
        if not escaped:
            base = str(base).replace("&", "&amp;").replace("<", "&lt;")
        return super().__new__(cls, base)

    def __add__(self, other):
        return Markup(str(self) + str(Markup(other)), escaped=True)

    def __html__(self):
        return self

    def __repr__(self):
        return "Markup(%s)" % super().__repr__()

    def join(self, seq):
        return Markup(super().join(str(Markup(s)) for s in seq), escaped=True)


m = Markup("<b>")
print(m, repr(m), type(m).__name__, isinstance(m, str), len(m))
print(m + "<i>", type(m + "<i>").__name__)
print(Markup(", ", escaped=True).join(["a<", "b&"]))
print(m.upper(), type(m.upper()).__name__, m.startswith("&"), m[1:3], m * 2)
print(m == "&lt;b>", "&lt;b>" == m, m in ["&lt;b>"], "lt" in m, hash(m) == hash("&lt;b>"))
print({m: 1}["&lt;b>"], sorted([Markup("b"), "a", Markup("c")]))
print("%s|%r" % (m, m), "{}".format(m), f"{m}!", "-".join([m, "x"]))
print(str(m), type(str(m)).__name__, m.__html__() is m)


class Path(str):
    sep = "/"

    @property
    def parts(self):
        return self.split(self.sep)

    def child(self, name):
        return Path(self + self.sep + name)


p = Path("a/b").child("c")
print(p, p.parts, type(p).__name__, p.sep, p.count("/"))
p.note = "attr"
print(p.note, p.__dict__, p.__class__.__name__)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
s += [9]
s.extend(range(2))
s.sort()
print(s, s[1:3], type(s[1:3]).__name__, sum(s), 3 in s, list(reversed(s)))
print(s == [0, 1, 1, 2, 3, 9], s + [7], [x * 2 for x in s])


class Headers(list):
    def __init__(self, pairs=(), default="x"):
        super().__init__(pairs)
        self.default = default

    def get(self, name):
        for k, v in self:
            if k.lower() == name.lower():
                return v
        return self.default


h = Headers([("Content-Type", "text/html")])
h.append(("X-A", "1"))
print(h, h.get("content-type"), h.get("x-a"), h.get("nope"), len(h))


class Status(int):
    def __new__(cls, code, phrase):
        obj = super().__new__(cls, code)
        obj.phrase = phrase
        return obj

    def __str__(self):
        return "%d %s" % (self, self.phrase)


ok = Status(200, "OK")
print(ok, repr(ok), ok + 1, ok == 200, ok < 300, int(ok), ok.phrase, isinstance(ok, int))
print({200: "found"}[ok], [0, 1, 2][Status(1, "x")], "%d" % ok, hex(ok), -ok, ok // 7, divmod(ok, 7))
print(sorted([Status(404, "NF"), Status(200, "OK"), 301]), max(ok, 100), bool(Status(0, "z")))


class Meters(float):
    def __repr__(self):
        return "%gm" % float(self)


d = Meters(2.5)
print(d, repr(d), d * 2, d + Meters(1), round(d), str(d), float(d) == 2.5)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, 2)
a, b = pr
print(pr, pr.first, pr.swap(), a, b, len(pr), pr == (1, 2), hash(pr) == hash((1, 2)), pr + (3,))


class Blob(bytes):
    def text(self):
        return self.decode("utf-8")


bl = Blob(b"hi there")
print(bl, bl.text(), bl.upper(), len(bl), bl[0], bl.split(), isinstance(bl, bytes))


class Upper(str):
    def __str__(self):
        return self.upper()


u = Upper("abc")
print(u, repr(u), "%s" % u, str(u), u + "d")
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError", e)
print(issubclass(Markup, str), Markup.__mro__[1].__name__, type(Markup("x")) is Markup)

# builtins: abs/divmod/pow(mod)/chr/ord/bin/oct/hex/ascii/repr/bool arithmetic/hash equality
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-10**30), abs(3 - 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10**9 + 7), pow(0, 0))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97), pow(2, 3, -5), pow(base=2, exp=5), pow(2, 5, mod=3))
for args in ((2, 3.0, 5), (2, -1, 4), (2, 3, 0), (0, -1)):
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
# chr / ord
print(chr(65), chr(0x263A), repr(chr(0)), repr(chr(127)), ord("a"), ord("\u20ac"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# bin / oct / hex
for n in (0, 1, -1, 10, 255, -255, 2**40, -(2**65)):
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), [10, 20, 30, 40][Idx() - 41 if False else 1], "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"[Idx()])
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
# ascii / repr
print(ascii("café ☃ \U0001F600"), ascii(["é", {"ñ": b"\xff"}]), ascii(1.5), repr("tab\there"), repr("quote's"), repr('dq"'))
print(repr("both'\""), repr("\\"), repr("\x00\x1f\x7f\x80"), repr("é"), repr("\u200b"), repr("\ud800" if False else "ok"))
nested = {"a": [1, (2, 3), {4}], "b": {"c": None, "d": [True, 1.0, -0.0]}, "e": ((),), "f": [[], {}, ""]}
print(repr(nested))
print(str(nested) == repr(nested), repr([1, [2, [3, [4]]]]), repr((1,)), repr(((1,),)), repr([(), ()]))
rec = [1]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(repr(rec), repr(d))
# bool arithmetic
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, True & False, True | False, True ^ True)
print(sum([True, False, True, True]), True == 1, False == 0, type(True + 0).__name__, isinstance(True, int))
print(bool(0), bool(0.0), bool(""), bool([]), bool(None), bool("0"), bool([0]), bool(-1), bool(0j), str(True), repr(False))
print(int(True), float(False), True > False, max(True, 2), [10, 20][True], {True: "a", 1: "b"}, True.real, hash(True) == hash(1))
# hash equality (never print raw hashes)
print(hash((1, 2, "x")) == hash((1, 2, "x")), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(1.0) == hash(1))
print(hash("abc") == hash("ab" + "c"), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()), hash(-1) == hash(-2))
for bad in ([], {}, {1}, ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# print(): sep/end/file/flush combos, str() vs repr() of values, star-args
import sys, io
print(1, 2, 3, sep="-")
print(1, 2, 3, sep="")
print("a", "b", sep=None)
print("no newline", end="")
print(" <- continued", end="!\n")
print(*range(5))
print(*"abc", sep=", ", end=".\n")
print()
print("", "")
print(None, True, 1.0, -0.0, 1e100, "s", b"b", [1, "x"], ("t",), {"k": None}, {1}, sep=" | ")
print("to stdout", file=sys.stdout, flush=True)
buf = io.StringIO()
print("into", "buffer", sep="_", end="$", file=buf)
print(42, file=buf)
print(repr(buf.getvalue()))
print("x", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class Weird:
    def __str__(self):
        return "str-of-weird"
    def __repr__(self):
        return "Weird()"
w = Weird()
print(w, [w], (w,), {"w": w}, str(w), repr(w), "%s %r" % (w, w), f"{w} {w!r}", "{} {!r}".format(w, w))
lines = ["alpha", "beta", "gamma"]
print(*lines, sep="\n")
print(*(f"{i}:{v}" for i, v in enumerate(lines)), sep="; ")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("tab\tsep", "new\\nline", "quote\"s", 'single\'s')
print(repr("tab\tsep"), repr("uni\u00e9"), "uni\u00e9", ascii("uni\u00e9"))

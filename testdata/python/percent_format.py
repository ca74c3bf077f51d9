# printf-style formatting with % on str and bytes.
print("%s-%d-%r-%5.2f-%x-%%" % ("a", 3, "q", 3.14159, 255))
print("%(a)s=%(b)d" % {"a": "x", "b": 2})
print("%s" % b"x", b"%s-%d" % (b"k", 5))
print("%-5s|%05d|%+d|% d" % ("ab", 42, 7, 7))
print("%o %X %#x %e %g %c" % (8, 255, 255, 12345.678, 0.00001, 65))
print("%.3s|%*d|%-*d|" % ("abcdef", 4, 7, 3, 1))
print(10 % 3, -7 % 3, 7.5 % 2)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)

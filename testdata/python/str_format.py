# str.format, format() and the format-spec mini-language.
print("{} and {}".format("a", 1), "{0}{1}{0}".format("x", "y"), "{name}!".format(name="n"))
print("{:>6}|{:<4}|{:^5}|".format("r", "l", "c"))
print("{:05d} {:,} {:.2f} {:x} {:#x} {:e} {:.1%} {!r}".format(42, 1234567, 3.14159, 255, 255, 12345.678, 0.256, "s"))
print(format(3.5, ".3f"), format(10, "b"), "{0[0]}-{0[1]}".format(("a", "b")), "{{}}".format())
print("{:*^10}".format("mid"), "{:+d}".format(5), "{:g}".format(0.0001), "{}".format(1.5))
print("{:>{}}".format("w", 4), "{:08.3f}".format(-3.14159), "{:o}".format(8), "{:_}".format(10 ** 6))


class P(object):
    x = 3


print("{0.x}".format(P()), "{:s}".format("t"))

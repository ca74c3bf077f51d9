# float formatting precision without type code, %g/%#g, and shortest repr
vals = [0.0, 1.0, 123.456, 1e-10, 1.5e300, -2.5e-5, 1 / 3, 2.675, 1e16, 123456789012.0, 0.1, 99.995]
for v in vals:
    print(repr(v), [format(v, s) for s in (".0", ".1", ".3", ".12", "", "g", ".3g", "e")])
    print("   ", ["%g" % v, "%#g" % v, "%.3g" % v, "%#.3g" % v, "%.0e" % v, "%r" % v])
measurements = [("temp", 21.456), ("ratio", 0.000123), ("big", 123456.789)]
for name, val in measurements:
    print(f"{name:>6}: {val:.3} | {val:.3g} | {val:10.2} | {val!r}")

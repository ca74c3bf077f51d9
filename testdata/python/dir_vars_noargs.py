# dir() and vars() without arguments describe the caller's namespace.
import os
a = 1
def f(x, y=2):
    z = 3
    return dir(), sorted(vars().items())
print(f(1))
class K:
    p = 1
    q = dir()
print(K.q)
print("%(a)s" % vars(), dir(K)[-2:], vars(K)["p"], dir(os) == sorted(dir(os)), "a" in dir())
def g():
    dir = lambda: "mine"
    return dir()
print(g())

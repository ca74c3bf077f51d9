# dict: every method, operators, views, view set ops, order
d = dict(a=1, b=2)
d["c"] = 3
print(d, len(d), list(d), d.keys(), d.values(), d.items())
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d2 = d.copy()
print(d2.popitem(), d2.popitem(), d2)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"b": 20}, x=9)
d.update([("y", 8), ("a", 10)])
print(d)
try:
    d.update([("k",)])
except ValueError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys((), 5))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
# | and |=
e = {"a": 1, "b": 2}
f = {"b": 3, "c": 4}
print(e | f, f | e, e)
g = e
g |= f
print(e, g is e)
g |= [("z", 0)]
print(g)
try:
    e | [("q", 1)]
except TypeError as ex:
    print(type(ex).__name__, ex)
# views are live and support set ops
h = {"a": 1, "b": 2, "c": 3}
k = h.keys()
v = h.values()
it = h.items()
h["d"] = 4
print(len(k), list(v), ("d", 4) in it, ("d", 5) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), list(reversed(h)), list(reversed(h.values())), list(reversed(h.items()))[0])
print(v == v, sorted(h.items(), key=lambda kv: -kv[1]))
# mutation during iteration
try:
    for key in h:
        h["new" + key] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
# ordering, deletion, re-insertion
o = {}
for ch in "hello world":
    o[ch] = o.get(ch, 0) + 1
print(o)
del o["l"]
o["l"] = 0
print(list(o)[-2:], o == dict(sorted(o.items())), {1: "a", 2: "b"} == {2: "b", 1: "a"})
try:
    del o["missing"]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    {[1]: 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(dict([(1, 2)], three=3), dict(zip("ab", range(2))), {**e, "new": 1}, {1: 1, 1.0: 2, True: 3})
o.clear()
print(o, bool(o), dict(), repr({"q": {"n": [1, (2,)]}}))

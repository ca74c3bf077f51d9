# json.loads boxes a document's strs, floats and ints in shared slabs and
# keeps a key cache across calls: values must stay what they were however
# many documents follow, lists built at their size must grow normally, and
# a failed document must leave nothing behind for the next.
import json
import threading

kept = []
for i in range(200):
    doc = json.loads('{"n": %d, "neg": %d, "f": %d.5, "s": "v%d", "small": %d, "big": %d}'
                     % (i * 1000, -i, i, i, i % 256, 10 ** 18 + i))
    kept.append(doc)
ok = all(d["n"] == i * 1000 and d["neg"] == -i and d["f"] == i + 0.5 and d["s"] == "v%d" % i
         and d["small"] == i % 256 and d["big"] == 10 ** 18 + i for i, d in enumerate(kept))
print("kept values", ok, sum(d["n"] for d in kept), sum(d["f"] for d in kept))
print(kept[7], kept[199])
print(type(kept[3]["n"]).__name__, type(kept[3]["f"]).__name__, type(kept[3]["big"]).__name__)

# keys of the same length and the same first, middle and last letters
# share a cache slot; each document still gets its own keys
docs = [json.loads('{"abxa": 1, "acxa": 2, "adxa": 3}'), json.loads('{"aexa": 4, "abxa": 5}')]
print(docs, [list(d) for d in docs])
long_key = "k" * 100
print(list(json.loads('{"%s": 1, "%s": 2}' % (long_key, long_key + "z")).keys()) == [long_key, long_key + "z"])
print(json.loads('{"": 0, "a": {"": 1}}'))

# lists of every small size, then grown and shrunk
for n in range(7):
    l = json.loads(json.dumps(list(range(300, 300 + n))))
    l.append("x")
    l.extend([1.25, -7])
    l.insert(0, None)
    print(n, l, len(l), l.pop(1) if n else l.pop(0))
nested = json.loads('[[1], [2, 3], [[4, 5, 6, 7], []], {"a": [8, 9, 10]}]')
nested[0].append(11)
nested[1] += [12]
print(nested)

# a failing document, then good ones
for bad in ['{"a": [1, 2, {"b": 3.5, "c": ', '[1, 2, 3', '{"k": "unterminated', '[1000, 2000.5, "x" 3]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error", e.msg, e.pos, e.doc == bad, type(e.doc).__name__)
    print(json.loads('{"a": [1, 2, {"b": 3.5}], "z": "after"}'))
try:
    json.loads(b'{"a": 1,}')
except ValueError as e:
    print("bytes error", e.msg, e.pos, repr(e.doc))

# escapes and non-ASCII strs in the slab
s = json.loads('["caf\\u00e9", "\\"q\\"", "tab\\there", "\u2014 dash", "plain"]')
print(s, [len(x) for x in s])

# hooks still see every object
print(json.loads('{"a": 1, "b": {"c": 2.5}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": 300}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 300]', parse_float=str, parse_int=lambda t: int(t) * 2))

# threads decoding at once keep their own values
results = {}
def work(t):
    out = []
    for i in range(300):
        d = json.loads('{"t": %d, "i": %d, "x": %d.25, "name": "t%d-%d", "l": [%d, %d]}' % (t, i, i * 7, t, i, t * 1000 + i, -i - 300))
        out.append(d)
    results[t] = all(d["t"] == t and d["i"] == i and d["x"] == i * 7 + 0.25 and d["name"] == "t%d-%d" % (t, i)
                     and d["l"] == [t * 1000 + i, -i - 300] for i, d in enumerate(out))
threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))

# str: find/rfind/index/rindex/count/startswith/endswith with ranges
s = "abracadabra"
for sub in ("a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -1))
print(s.rfind("a", 0, 5), s.rfind("bra", 0, 8), s.rfind("bra", 2), s.rfind("", 5), s.find("", 20))
print(s.count("a", 2), s.count("a", 2, 5), s.count("", 3, 6), "aaaa".count("aa"))
print(s.index("c"), s.rindex("a"), s.index("bra", 2), s.rindex("bra", 0, 9))
for args in (("z",), ("a", 20), ("bra", 2, 4)):
    try:
        s.index(*args)
    except ValueError as e:
        print("index", type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", type(e).__name__, e)
# startswith / endswith with tuples and ranges
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith("bra", 1, 3))
print(s.startswith(("x", "y", "ab")), s.startswith(()), s.endswith(("cad", "bra")))
print(s.endswith("cad", 0, 7), s.endswith("a", -1), s.endswith("", 11), s.endswith("", 12))
print(s.startswith("", 11), s.startswith("", 12), s.startswith("a", -100))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
# in operator and None-as-arg
print("cad" in s, "" in s, "dab" in s, s.find("a", None, None), s.count("a", None, 4))
# realistic: find all occurrences
def find_all(text, pat):
    out, i = [], text.find(pat)
    while i != -1:
        out.append(i)
        i = text.find(pat, i + 1)
    return out
print(find_all(s, "a"), find_all(s, "abra"), find_all("aaaa", "aa"))
url = "https://example.com/path/to/file.tar.gz"
print(url[url.rfind("/") + 1:], url[url.find("://") + 3:url.find("/", 8)])
print(url.endswith((".gz", ".zip")), url.startswith("http", 0), url.startswith("s", 4))

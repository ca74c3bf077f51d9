# str: find/rfind/index/rindex/count/startswith/endswith within bounds
s = "abracadabra"
for sub in ("a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -1))
print(s.rfind("a", 0, 5), s.rfind("bra", 0, 8), s.rfind("bra", 2), s.rfind("", 5))
print(s.count("a", 2), s.count("a", 2, 5), s.count("", 3, 6), "aaaa".count("aa"))
print(s.index("c"), s.rindex("a"), s.index("bra", 2), s.rindex("bra", 0, 9))
for args in (("z",), ("a", 20)):
    try:
        s.index(*args)
    except ValueError as e:
        print("index", type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print("rindex", type(e).__name__, e)
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "y", "ab")), s.startswith(()))
print(s.endswith(("cad", "bra")), s.endswith("bra"), s.startswith("", 11), s.startswith("cad", 4))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print("cad" in s, "" in s, "dab" in s, s.find("a", None, None), s.count("a", None, 4))
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
log = "2024-01-02 ERROR [db] timeout; 2024-01-02 WARN [web] slow; 2024-01-03 ERROR [web] 500"
print(log.count("ERROR"), log.count("[web]"), log.find("WARN"), log.rfind("ERROR"), log.index("[db]"))
for lvl in ("ERROR", "WARN", "INFO"):
    print(lvl, lvl in log, log.find(lvl), log.rfind(lvl))

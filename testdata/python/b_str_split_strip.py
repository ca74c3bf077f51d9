# str: split/rsplit with maxsplit, splitlines(keepends), partition, strip chars, prefix/suffix
s = "  a  b   c  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(" ", 2))
print(s.rsplit(" ", 2), "a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","))
print("a b c".split(maxsplit=0), "a b c".rsplit(maxsplit=1), "a--b--c".split("--", -1))
print("   ".split(), "   ".split(" "), "x".split("x"), "1<>2<>3".rsplit("<>", 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cx\x1dy\x1ez\x85w\u2028v\u2029u\n\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[-3:])
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(True))
print(text.split("\n"))
# partition / rpartition
for t in ("key=value=x", "novalue", "=start", "end="):
    print(t.partition("="), t.rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
# strip with chars
print(repr("  \t x \n ".strip()), repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".lstrip("w.")), repr("file.txt...".rstrip(".")), repr("   ".strip()))
print(repr("\u00a0 nbsp \u3000".strip()), repr("xyz".strip("")), repr("aaa".lstrip("a")))
print(repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("12.500".rstrip("0").rstrip(".")))
print(repr("  x  ".strip(None)))
# removeprefix / removesuffix
for name in ("test_foo.py", "foo_test.py", "test_", "py", ""):
    print(repr(name.removeprefix("test_")), repr(name.removesuffix(".py")), repr(name.removeprefix("")))
# realistic: parse header block
raw = "Host: example.com\r\nContent-Type: text/html; charset=utf-8\r\nX-Empty:\r\n\r\nbody"
head, _, body = raw.partition("\r\n\r\n")
headers = {}
for line in head.splitlines():
    k, sep, v = line.partition(":")
    headers[k.strip().lower()] = v.strip()
print(sorted(headers.items()), repr(body))
ctype, _, params = headers["content-type"].partition(";")
print(ctype, dict(p.strip().split("=", 1) for p in params.split(";")))

# str.split/rsplit with sep=None and maxsplit: remainder is preserved verbatim
cases = [" a b ", "a b  ", "  x  y  z ", "one", "", "   ", "k=v  with   spaces  ", "\tleading\ttabs\t "]
for s in cases:
    print(repr(s), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=2), s.split(None, 0), s.rsplit(None, 0))
request_line = "GET /search?q=a  b HTTP/1.1 "
method, rest = request_line.split(None, 1)
print(repr(method), repr(rest))
cmd = "  echo   hello   world  "
name, *args = cmd.split(None, 1)
print(repr(name), args)
head, tail = "last  word ".rsplit(None, 1)
print(repr(head), repr(tail))

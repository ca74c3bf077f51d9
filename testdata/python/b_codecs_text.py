# encode/decode with various codecs and error handlers
samples = ["plain", "café", "€100", "日本", "😀"]
for s in samples:
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"):
        try:
            b = s.encode(enc)
            print(enc, s.encode(enc), b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e)
print("ab".encode("utf-16"), "ab".encode("utf-32"), "ab".encode("utf-16").decode("utf-16"))
for handler in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"):
    try:
        print(handler, "é€x".encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, type(e).__name__, e.start, e.end, e.reason)
for data in (b"\xc3", b"ok\xff", b"\xe2\x82"):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("utf-8", "backslashreplace"))

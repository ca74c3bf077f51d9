# str: is* predicates over common characters
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "\u0661\u0662\u0663", "\u00bd", " ", "\t\n",
           "Hello World", "Hello world", "hello_world", "_x1", "1x", "class", "a b",
           "\u00e9", "\x00", "~!@", "\u00f1and\u00fa", "\u00c0\u00c9\u00ce", "12.5", "-1", "\u2003", "\u00ff"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric",
         "isidentifier", "islower", "isupper", "istitle", "isspace", "isprintable"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(flags, ascii(s))
def classify(text):
    counts = {"alpha": 0, "digit": 0, "space": 0, "upper": 0, "other": 0}
    for ch in text:
        if ch.isalpha():
            counts["alpha"] += 1
            if ch.isupper():
                counts["upper"] += 1
        elif ch.isdigit():
            counts["digit"] += 1
        elif ch.isspace():
            counts["space"] += 1
        else:
            counts["other"] += 1
    return counts
print(classify("Hello World 2024! Uber-cool."))
print("Title Case Here".istitle(), "Title case Here".istitle(), "A1 B2".istitle(), "1A".istitle())
print("ABC1".isupper(), "1".isupper(), "abc1".islower(), "1".islower(), "aB".islower())
print("\x7f".isprintable(), "\u00e9".isascii(), "".isascii(), "~".isascii())
import keyword
for w in ("if", "match", "foo", "None", "True_"):
    print(w, w.isidentifier(), keyword.iskeyword(w))
def valid_username(name):
    return 3 <= len(name) <= 12 and name[0].isalpha() and all(c.isalnum() or c == "_" for c in name)
print([n for n in ("bob", "al", "x_1y", "9lives", "under_score_long", "ok_ok", "sp ace") if valid_username(n)])
def parse_number(tok):
    if tok.isdigit():
        return int(tok)
    if tok.startswith("-") and tok[1:].isdigit():
        return -int(tok[1:])
    return None
print([parse_number(t) for t in ("12", "-7", "3.5", "", "-", "007")])

# str: is* predicates over a sample table
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", " ", "\t\n",
           "Hello World", "Hello world", "hello_world", "_x1", "1x", "class", "a b",
           "ǅ", "é", "ß", "\x00", "~!@", "ñandú", "ÀÉÎ", "12.5", "-1", "\u2003", "ab\u0301"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric",
         "isidentifier", "islower", "isupper", "istitle", "isspace", "isprintable"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(flags, ascii(s))
# counts
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
print(classify("Hello World 2024! Über-cool."))
print("Title Case Here".istitle(), "Title case Here".istitle(), "A1 B2".istitle(), "1A".istitle())
print("ABC1".isupper(), "1".isupper(), "abc1".islower(), "1".islower(), "aB".islower())
print("\x7f".isprintable(), "\u00ad".isprintable(), "é".isascii(), "".isascii())
import keyword
for w in ("if", "match", "foo", "None", "True_"):
    print(w, w.isidentifier(), keyword.iskeyword(w))

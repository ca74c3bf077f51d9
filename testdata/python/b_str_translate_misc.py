# str: maketrans/translate, format_map, replace with count, join, mult, comparisons
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("abc", "xyz", "-")
print(sorted(t2.items()), "a-b-c".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print(sorted(t3.items()), "abcabc".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
print("hello".translate({}), "hello".translate([None] * 0))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("abc")
except TypeError as e:
    print(type(e).__name__, e)
# rot13 via maketrans
import string
lc, uc = string.ascii_lowercase, string.ascii_uppercase
rot = str.maketrans(lc + uc, lc[13:] + lc[:13] + uc[13:] + uc[:13])
msg = "Hello, World!".translate(rot)
print(msg, msg.translate(rot))
# strip punctuation
punct = str.maketrans("", "", string.punctuation)
print("It's a (small) test, isn't it?".translate(punct))
# format_map
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} years, {unknown}".format_map(Default(name="Ann", age=30)))
print("{a[0]} {b.real}".format_map({"a": [7, 8], "b": 3}))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
# replace
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
# join
print(",".join(["a", "b"]), "".join("xyz"), "-".join(str(i) for i in range(4)), ", ".join({"k": 1}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
# comparisons and multiplication
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "b" > "abc")
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, "é" * 2)
print(min("hello"), max("hello"), sorted("banana"), list(reversed("abc")))
print(ord("A"), chr(9731) == "\u2603", "abc"[::-1], "hello"[1:4], "hello"[-3:])
print(str(), str(12), str(1.5), str(None), str(b"x"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"\xff", "utf-8", "replace") == "\ufffd", str(object=42))

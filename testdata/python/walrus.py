# Assignment expressions (PEP 572) in every scope.
import re

if (n := 5) > 3:
    print("module if", n)

data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print("leaked", y)

def first_word(lines):
    out = []
    for line in lines:
        if m := re.match(r"(\w+)", line):
            out.append(m.group(1))
    return out

print(first_word(["hello world", "  ", "foo bar"]))

def chunks(buf, size):
    pos = 0
    res = []
    while (piece := buf[pos:pos + size]):
        res.append(piece)
        pos += size
    return res

print(chunks("abcdefgh", 3))

def counter():
    total = 0
    values = [total := total + v for v in range(5)]
    return values, total

print(counter())

def nested():
    def inner():
        return (z := 10) * 2, z
    return inner()

print(nested())

class K:
    attr = (w := 7) + 1
    def method(self):
        if (v := self.attr) > 5:
            return v
        return None

print(K.attr, K().method())

def with_lambda():
    f = (g := lambda a: a + 1)
    return f(1), g(2)

print(with_lambda())

def args(a):
    print("call", a)
    return a

print(args(q := 3), q)
print([(t := i, t * t) for i in range(3)])

def stats(values):
    if (count := len(values)) == 0:
        return None
    return count, (mean := sum(values) / count), [v for v in values if v > mean]

print(stats([1, 2, 3, 10]))
print(stats([]))

# Realistic: roman numerals, run-length encoding, caesar cipher -- str/list/dict built-ins
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for cur, nxt in zip(s, s[1:] + " "):
        v = values[cur]
        total += -v if nxt != " " and values[nxt] > v else v
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r), from_roman(r) == n)
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError", e)
def rle_encode(s):
    if not s:
        return []
    runs = [[s[0], 1]]
    for ch in s[1:]:
        if ch == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return [(c, n) for c, n in runs]
def rle_str(s):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in rle_encode(s))
def rle_decode(enc):
    out, num = [], ""
    for ch in enc:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)
for s in ("", "a", "aaabccdddd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc"):
    e = rle_str(s)
    print(repr(e), rle_decode(e) == s, len(s), len(e))
print(rle_encode("aabbbc"), max(rle_encode("aabbbbbc"), key=lambda t: t[1]))
def caesar(text, shift):
    lo = "abcdefghijklmnopqrstuvwxyz"
    up = lo.upper()
    k = shift % 26
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar("xyz", 29))
freq = {}
for ch in enc.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
best = max(sorted(freq), key=freq.get)
guess = (ord(best) - ord("e")) % 26
print(best, freq[best], guess, caesar(enc, -guess)[:9])

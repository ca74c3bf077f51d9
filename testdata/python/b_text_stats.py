# Realistic: text statistics with str methods, dicts, sorted, Counter-like logic
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
punct = ",.;:!?\"'"
words = [w.strip(punct).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
for w, n in top:
    print(f"{w:>8} {n:3d} {'#' * n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], min(len(l.split()) for l in lines))
caps = [w.strip(punct) for w in text.split() if w[0].isupper()]
print(caps, text.count("it was"), text.lower().count("it was"), text.find("wisdom"), text.rfind("of"))
pairs = list(zip(words, words[1:]))
bigrams = {}
for p in pairs:
    bigrams[p] = bigrams.get(p, 0) + 1
print(sorted(((n, " ".join(p)) for p, n in bigrams.items() if n > 2), reverse=True))
vowels = sum(ch in "aeiou" for ch in text.lower())
print(vowels, sum(ch.isalpha() for ch in text), sum(ch.isspace() for ch in text), text.count("\n"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a b c".split())), " ".join(w.capitalize() for w in "the old man".split()))
wrapped, line = [], ""
for w in text.replace("\n", " ").split():
    if len(line) + len(w) + 1 > 40:
        wrapped.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
wrapped.append(line)
for l in wrapped[:5]:
    print("|" + l.ljust(40) + "|")
print(len(wrapped), all(len(l) <= 40 for l in wrapped))

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
import re
from collections import Counter
words = re.findall(r"[a-z']+", text.lower())
c = Counter(words)
for word, n in c.most_common(5):
    print('%-8s %d' % (word, n))
print(len(words), len(c), sorted(w for w in c if len(w) > 6))

# A tiny full-text search: tokenizer, stopwords, suffix stemming, inverted index, TF-IDF ranking, snippets.
import math
import re
from collections import defaultdict

STOP = frozenset('a an and are as at be by for from in is it of on or that the to with'.split())
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

def stem(w):
    for suf in ('ing', 'edly', 'ed', 'ies', 'es', 's', 'ly'):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)] + ('y' if suf == 'ies' else '')
    return w

def tokens(text):
    for m in WORD.finditer(text.lower()):
        w = m.group().split("'")[0]
        if w not in STOP:
            yield stem(w), m.start(), m.end()

class Index:
    def __init__(self):
        self.docs, self.postings, self.lengths = {}, defaultdict(dict), {}
    def add(self, doc_id, text):
        self.docs[doc_id] = text
        toks = list(tokens(text))
        self.lengths[doc_id] = len(toks)
        for term, start, _ in toks:
            self.postings[term].setdefault(doc_id, []).append(start)
    def idf(self, term):
        df = len(self.postings.get(term, {}))
        return math.log((1 + len(self.docs)) / (1 + df)) + 1
    def search(self, query, mode='or'):
        terms = [t for t, _, _ in tokens(query)]
        if not terms:
            return []
        sets = [set(self.postings.get(t, {})) for t in terms]
        candidates = set.intersection(*sets) if mode == 'and' else set.union(*sets)
        scored = []
        for doc in candidates:
            score = sum(len(self.postings[t].get(doc, ())) / self.lengths[doc] * self.idf(t) for t in terms if t in self.postings)
            scored.append((round(score, 4), doc))
        return sorted(scored, key=lambda s: (-s[0], s[1]))
    def snippet(self, doc, query, width=24):
        terms = {t for t, _, _ in tokens(query)}
        text = self.docs[doc]
        hits = [(s, e) for t, s, e in tokens(text) if t in terms]
        if not hits:
            return text[:width]
        s0 = max(0, hits[0][0] - width // 3)
        piece = text[s0:s0 + width]
        for s, e in sorted(hits, reverse=True):
            if s0 <= s and e <= s0 + width:
                piece = piece[:s - s0] + '[' + piece[s - s0:e - s0] + ']' + piece[e - s0:]
        return ('...' if s0 else '') + piece + ('...' if s0 + width < len(text) else '')

idx = Index()
corpus = {
    'flask': 'Flask is a lightweight WSGI web application framework for Python.',
    'django': "Django is a high-level Python web framework that encourages rapid development and clean design.",
    'wsgi': 'WSGI is the Web Server Gateway Interface: it describes how a web server communicates with web applications.',
    'asyncio': 'asyncio is a library to write concurrent code using the async/await syntax; it is used by many frameworks.',
    'cookies': "Cookies are small pieces of data stored by the browser; signed cookies can't be tampered with.",
}
for doc_id, text in corpus.items():
    idx.add(doc_id, text)
print(len(idx.postings), sorted(idx.postings)[:8], idx.lengths['flask'])
print([stem(w) for w in ('frameworks', 'libraries', 'signed', 'running', 'is', 'quickly', 'cookies', 'gas')])
for q, mode in [('web framework', 'or'), ('web framework', 'and'), ('Python frameworks', 'or'), ('signed cookie', 'and'),
                ('the of and', 'or'), ('gateway servers', 'or'), ('nothing-matches', 'or')]:
    res = idx.search(q, mode)
    print('%-18s %-3s %s' % (q, mode, res))
    for score, doc in res[:2]:
        print('      %s: %s' % (doc, idx.snippet(doc, q)))
print(round(idx.idf('web'), 4), round(idx.idf('zzz'), 4), sorted(idx.postings['web'].items()))

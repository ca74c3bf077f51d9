# Realistic: LRU cache & event counters on top of dict ordering; dict views; popitem
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("  evict", oldest, self.data.pop(oldest))
        self.data[key] = value
    def __repr__(self):
        return "LRU(%s)" % ", ".join(f"{k}={v!r}" for k, v in self.data.items())
cache = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache, cache.get("a"), cache.get("zz", "miss"))
cache.put("d", 4)
cache.put("b", 20)
cache.put("e", 5)
print(cache, cache.hits, cache.misses, list(cache.data.keys()), list(cache.data.values()))
events = ["login", "view", "view", "logout", "login", "view", "purchase", "view"]
counts = dict.fromkeys(sorted(set(events)), 0)
for e in events:
    counts[e] += 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
stack = dict(counts)
while stack:
    k, v = stack.popitem()
    print("popped", k, v, len(stack))
first_seen = {}
for i, e in enumerate(events):
    first_seen.setdefault(e, i)
print(first_seen, list(first_seen) == list(dict.fromkeys(events)))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(dict(sorted(inverse.items(), reverse=True)))
defaults = {"theme": "light", "lang": "en", "page_size": 20}
user = {"lang": "fr", "page_size": 50}
merged = defaults | user
print(merged, {k: merged[k] for k in defaults.keys() & user.keys()} == user, sorted(defaults.keys() - user.keys()))
cfg = dict(defaults)
cfg |= {"theme": "dark"}
cfg.update(extra=True)
print(cfg, defaults["theme"], len(cfg), "extra" in cfg, cfg.get("missing", "n/a"))

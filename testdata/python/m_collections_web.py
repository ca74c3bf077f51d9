from collections import OrderedDict, Counter, defaultdict, deque, namedtuple, ChainMap
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('evict', evicted)
cache = LRUCache(3)
for k in 'abc':
    cache.put(k, k.upper())
cache.get('a')
cache.put('d', 'D')
cache.put('b', 'B2')
cache.put('e', 'E')
print(list(cache.data.items()), cache.get('c'), cache.hits, cache.misses)
class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = defaultdict(deque)
    def allow(self, client, now):
        q = self.hits[client]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) >= self.limit:
            return False
        q.append(now)
        return True
rl = RateLimiter(3, 10)
print([rl.allow('ip1', t) for t in [0, 1, 2, 3, 9, 10, 11, 12, 13]], rl.allow('ip2', 5), sorted(rl.hits), list(rl.hits['ip1']))
access = ['GET /a 200', 'GET /b 404', 'POST /a 201', 'GET /a 200', 'GET /c 500', 'GET /a 304', 'DELETE /b 404']
paths = Counter(line.split()[1] for line in access)
statuses = Counter(line.split()[2][0] + 'xx' for line in access)
methods = Counter()
for line in access:
    methods[line.split()[0]] += 1
print(paths.most_common(2), sorted(statuses.items()), methods.most_common(), sum(paths.values()), paths['/zzz'])
print(sorted((paths + Counter({'/a': 10})).items()), sorted((paths - Counter({'/a': 3})).items()), list((paths & Counter({'/a': 2, '/b': 5})).items()))
index = defaultdict(set)
docs = {1: 'the quick fox', 2: 'the lazy dog', 3: 'quick brown dog'}
for doc_id, text in docs.items():
    for w in text.split():
        index[w].add(doc_id)
def search(q):
    sets = [index.get(w, set()) for w in q.split()]
    return sorted(set.intersection(*sets)) if sets else []
print(search('quick'), search('the dog'), search('quick dog'), search('cat'), sorted(index)[:4])
tree = lambda: defaultdict(tree)
t = tree()
t['users']['alice']['role'] = 'admin'
t['users']['bob']['role'] = 'dev'
t['config']['debug'] = True
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
Request = namedtuple('Request', 'method path headers body', defaults=({}, b''))
reqs = [Request('GET', '/'), Request('POST', '/form', {'Content-Type': 'x'}, b'a=1')]
for r in reqs:
    print(r.method, r.path, r.headers, r.body, r._replace(path=r.path + '?x').path)
print([r._asdict()['method'] for r in reqs], Request._field_defaults)
defaults = {'theme': 'light', 'lang': 'en', 'page_size': 20}
user = {'theme': 'dark'}
request = {'page_size': 50}
settings = ChainMap(request, user, defaults)
print(settings['theme'], settings['lang'], settings['page_size'], dict(sorted(settings.items())))
child = settings.new_child({'lang': 'fr'})
print(child['lang'], settings['lang'], len(child.maps))
history = deque(maxlen=3)
for page in ['/', '/a', '/b', '/c', '/d']:
    history.append(page)
print(list(history), history[-1], history[0])
undo = deque()
for action in ['type a', 'type b', 'delete', 'type c']:
    undo.append(action)
print(undo.pop(), undo.pop(), list(undo))
q = deque(range(5))
q.rotate(-2)
print(q, q.popleft(), list(reversed(q)))

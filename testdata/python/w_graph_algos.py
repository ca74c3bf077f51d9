# Graph BFS/DFS, shortest paths, topological sort (Kahn + DFS) and cycle detection on a build graph.
from collections import deque, defaultdict

DEPS = {
    'app': ['web', 'db', 'auth'],
    'web': ['http', 'templates'],
    'auth': ['db', 'crypto'],
    'db': ['driver'],
    'templates': ['markup'],
    'http': [], 'crypto': [], 'driver': [], 'markup': [],
}

def bfs(graph, start):
    seen, order, q = {start}, [], deque([(start, 0)])
    levels = defaultdict(list)
    while q:
        node, depth = q.popleft()
        order.append(node)
        levels[depth].append(node)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                q.append((nxt, depth + 1))
    return order, dict(levels)

def dfs(graph, start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    yield start
    for nxt in graph.get(start, []):
        if nxt not in seen:
            yield from dfs(graph, nxt, seen)

def kahn(graph):
    indeg = {n: 0 for n in graph}
    for n, outs in graph.items():
        for m in outs:
            indeg[m] = indeg.get(m, 0) + 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(graph.get(n, [])):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(indeg):
        raise ValueError('cycle among: ' + ', '.join(sorted(n for n, d in indeg.items() if d > 0)))
    return order

def build_order(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color, out = dict.fromkeys(graph, WHITE), []
    def visit(n, path):
        if color[n] == GREY:
            raise ValueError('cycle: ' + ' -> '.join(path[path.index(n):] + [n]))
        if color[n] == WHITE:
            color[n] = GREY
            for m in graph[n]:
                visit(m, path + [n])
            color[n] = BLACK
            out.append(n)
    for n in sorted(graph):
        visit(n, [])
    return out

def shortest_path(graph, a, b):
    prev, q = {a: None}, deque([a])
    while q:
        n = q.popleft()
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in graph.get(n, []):
            if m not in prev:
                prev[m] = n
                q.append(m)
    return None

order, levels = bfs(DEPS, 'app')
print(order)
print(levels)
print(list(dfs(DEPS, 'app')))
print(kahn(DEPS))
print(build_order(DEPS))
print(shortest_path(DEPS, 'app', 'driver'), shortest_path(DEPS, 'db', 'markup'))
cyclic = dict(DEPS, driver=['auth'])
for fn in (kahn, build_order):
    try:
        fn(cyclic)
    except ValueError as e:
        print(fn.__name__, 'ValueError:', e)
rev = defaultdict(set)
for n, outs in DEPS.items():
    for m in outs:
        rev[m].add(n)
print(sorted((k, sorted(v)) for k, v in rev.items()))
print({n: len(list(dfs(DEPS, n))) - 1 for n in sorted(DEPS)})

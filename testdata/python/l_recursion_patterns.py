# Recursion: mutual recursion, memoization, backtracking, tree walks, recursion limit errors
import sys
import functools

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

@functools.lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(i) for i in range(1, 15)], partitions(60), partitions.cache_info().hits > 0)

def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
print(len(permutations([1, 2, 3, 4])), permutations('abc')[:3])

def n_queens(n):
    solutions = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            solutions.append(acc)
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + (c,))
    place(0, frozenset(), frozenset(), frozenset(), ())
    return solutions
sols = n_queens(6)
print(len(sols), sols[0], len(n_queens(8)))

tree = {'name': 'root', 'children': [
    {'name': 'a', 'children': [{'name': 'a1', 'children': []}, {'name': 'a2', 'children': [{'name': 'a2x', 'children': []}]}]},
    {'name': 'b', 'children': []}]}
def walk(node, depth=0):
    yield depth, node['name']
    for ch in node['children']:
        yield from walk(ch, depth + 1)
print(['  ' * d + n for d, n in walk(tree)])
def height(node):
    return 1 + max((height(c) for c in node['children']), default=0)
def find_path(node, target, path=()):
    path = path + (node['name'],)
    if node['name'] == target:
        return path
    for c in node['children']:
        found = find_path(c, target, path)
        if found:
            return found
    return None
print(height(tree), find_path(tree, 'a2x'), find_path(tree, 'zzz'))

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError', type(e).__mro__[1].__name__)

def hanoi(n, src='A', dst='C', via='B', moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40), sys.getrecursionlimit() >= 1000)

# recursive data structure reprs, RecursionError recovery, deep-but-safe recursion
import sys

a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, [a]]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = {'list': [], 'dict': {}}
nested['list'].append(nested)
nested['dict']['back'] = nested['list']
print(nested)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))

def runaway(n):
    return runaway(n + 1) + 1

for attempt in range(3):
    try:
        runaway(0)
    except RecursionError as e:
        print('attempt', attempt, type(e).__name__, e)
print('still alive', depth(100))

class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt

    def __repr__(self):
        return f'Node({self.val}, {self.nxt!r})'

chain = None
for i in range(5):
    chain = Node(i, chain)
print(chain)

class Loop:
    def __repr__(self):
        return repr(self)

try:
    repr(Loop())
except RecursionError as e:
    print('repr loop', type(e).__name__)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(len(str(fact(300))), sys.getrecursionlimit() >= 1000)
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(200))
print(a == a, d == d)

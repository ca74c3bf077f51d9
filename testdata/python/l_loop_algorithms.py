# Loop-heavy algorithms: while/else, break/continue in nested loops, two pointers, binary search, sieve
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            break
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    else:
        return -1, steps
    return mid, steps

data = list(range(0, 200, 3))
print([binary_search(data, t) for t in (0, 99, 198, 100, -5, 500)])

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k, v in enumerate(is_p) if v]
ps = sieve(100)
print(len(ps), ps[-5:], sum(sieve(1000)))

def two_sum_sorted(xs, target):
    i, j = 0, len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return i, j
        elif s < target:
            i += 1
        else:
            j -= 1
    return None
print(two_sum_sorted([1, 3, 4, 6, 8, 11], 10), two_sum_sorted([1, 2], 7))

def find_pair_nested(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find_pair_nested(m, 6), find_pair_nested(m, 10))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), [collatz(i) for i in range(1, 11)])

def run_length(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
print(run_length('aaabccddddde'), run_length(''), run_length('x'))

def bubble(xs):
    xs = list(xs)
    passes = 0
    while True:
        swapped = False
        passes += 1
        for k in range(len(xs) - passes):
            if xs[k] > xs[k + 1]:
                xs[k], xs[k + 1] = xs[k + 1], xs[k]
                swapped = True
        if not swapped:
            break
    return xs, passes
print(bubble([5, 1, 4, 2, 8, 0]), bubble([1, 2, 3]))

count = 0
for a in range(1, 30):
    for b in range(a, 30):
        if (a * a + b * b) ** 0.5 % 1:
            continue
        c = int((a * a + b * b) ** 0.5)
        if c >= 30:
            break
        count += 1
print('pythagorean triples:', count)
n, digits = 2 ** 100, 0
while n:
    n, r = divmod(n, 10)
    digits += r
print(digits, sum(map(int, str(2 ** 100))))
i = 0
while True:
    i += 1
    if i % 7 == 0 and i % 5 == 0:
        break
print(i)

import random, hashlib, string
def bucket(user_id, experiment, buckets=('control', 'variant_a', 'variant_b')):
    h = int(hashlib.sha256(('%s:%s' % (experiment, user_id)).encode()).hexdigest(), 16)
    return buckets[h % len(buckets)]
print([bucket(u, 'checkout-v2') for u in range(10)])
rng = random.Random(1234)
visitors = [{'id': i, 'arm': rng.choice(['A', 'B'])} for i in range(200)]
conv = {'A': 0.10, 'B': 0.14}
results = {'A': [0, 0], 'B': [0, 0]}
for v in visitors:
    results[v['arm']][0] += 1
    if rng.random() < conv[v['arm']]:
        results[v['arm']][1] += 1
print(results, {k: round(c / n, 4) for k, (n, c) in results.items()})
rng = random.Random(99)
def make_code(n=8, alphabet=string.ascii_uppercase + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))
print([make_code() for _ in range(4)], make_code(4, 'ab'))
rng = random.Random(2024)
servers = ['s1', 's2', 's3']
weights = [5, 3, 2]
picks = rng.choices(servers, weights=weights, k=30)
print(''.join(p[1] for p in picks), {s: picks.count(s) for s in servers})
rng = random.Random(7)
def backoff(attempt, base=0.5, cap=30.0):
    return round(rng.uniform(0, min(cap, base * 2 ** attempt)), 6)
print([backoff(a) for a in range(8)])
rng = random.Random('shuffle-seed')
playlist = ['song%02d' % i for i in range(12)]
rng.shuffle(playlist)
print(playlist)
print(rng.sample(playlist, 3), rng.sample(range(100), 5), sorted(rng.sample(range(1, 50), 6)))
rng = random.Random(31337)
hist = [0] * 10
for _ in range(1000):
    hist[rng.randrange(10)] += 1
print(hist, sum(hist))
rng = random.Random(5)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
rng = random.Random(11)
print([round(rng.gauss(0, 1), 6) for _ in range(5)], round(sum(rng.random() for _ in range(1000)) / 1000, 6))
rng = random.Random(0)
deck = [(r, s) for s in 'SHDC' for r in range(2, 15)]
rng.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
print(hands[0], hands[3])
state = random.getstate()
random.seed(123)
a = [random.randint(1, 1000) for _ in range(5)]
random.seed(123)
b = [random.randint(1, 1000) for _ in range(5)]
print(a, a == b, random.randint(1, 1000))
random.setstate(state)
rng = random.Random(42)
print(rng.randint(0, 10 ** 30), rng.getrandbits(64), rng.randrange(10 ** 12, 10 ** 13), rng.random())
rng = random.Random(8)
mat = [[rng.randint(0, 9) for _ in range(4)] for _ in range(3)]
print(mat, [sum(r) for r in mat])

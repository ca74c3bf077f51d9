import random
random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(['red', 'green', 'blue']), random.choice(range(100)), random.choice('xyz'), random.choice((1, 2)))
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck)
print(deck[:8])
print(random.sample(deck, 4), random.sample(range(10 ** 9), 3), random.sample(['a', 'b', 'c'], k=3))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10), random.randrange(0, 1000000, 7), random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print([round(random.uniform(-1, 1), 10) for _ in range(3)], round(random.random(), 15))
print(random.choices(['a', 'b', 'c'], weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5), random.choices('xy'))
random.seed(12345)
print(random.randint(0, 2 ** 64), random.randint(-5, 5), random.randrange(2 ** 70), random.random())
random.seed(b'bytes-seed')
a = random.random()
random.seed('bytes-seed')
print(a == random.random(), round(a, 15))
random.seed(0)
print(random.random(), random.randint(1, 10 ** 6))
random.seed(-17)
print(random.random())
random.seed(3.5) if False else random.seed(3)
print(random.random())
rng = random.Random('session-1')
tokens = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)) for _ in range(3)]
print(tokens)
r1, r2 = random.Random(99), random.Random(99)
print([r1.randint(0, 9) for _ in range(5)] == [r2.randint(0, 9) for _ in range(5)], r1.random() == r2.random())
state = r1.getstate()
x = [r1.random() for _ in range(2)]
r1.setstate(state)
print(x == [r1.random() for _ in range(2)], type(state).__name__, len(state))
r = random.Random(2024)
items = list(range(10))
r.shuffle(items)
print(items, r.sample(items, 2), r.choice(items), round(r.uniform(10, 20), 12))
print(round(r.gauss(100, 15), 10), round(r.normalvariate(0, 1), 10), round(r.expovariate(1.5), 10), round(r.betavariate(2, 5), 10))
print(round(r.triangular(), 10), round(r.lognormvariate(0, 0.5), 10), round(r.vonmisesvariate(1, 2), 10), round(r.gammavariate(2.0, 1.0), 10), round(r.paretovariate(3), 10), round(r.weibullvariate(1, 2), 10))
print(r.randbytes(6).hex(), r.binomialvariate(10, 0.5) if hasattr(r, 'binomialvariate') else 'n/a')
def weighted_pick(rng, options):
    total = sum(w for _, w in options)
    x = rng.uniform(0, total)
    for name, w in options:
        x -= w
        if x <= 0:
            return name
    return options[-1][0]
rng = random.Random(7)
picks = [weighted_pick(rng, [('a', 1), ('b', 3), ('c', 6)]) for _ in range(20)]
print(''.join(picks), {k: picks.count(k) for k in 'abc'})
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.sample(range(3), -1), lambda: random.choices([], k=1), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

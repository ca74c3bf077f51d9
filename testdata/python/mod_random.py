import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.getrandbits(70))
print(random.choice('abcdefg'), random.uniform(1, 2))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(1000), 5), random.sample('abcdefgh', 3), random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
random.seed('hello')
print(random.random(), random.randint(0, 10 ** 20))
random.seed(2 ** 100 + 7)
print(random.random())
r = random.Random(7)
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)], random.Random(0).random(), random.Random(-5).random() == random.Random(5).random())
r = random.Random(123)
print(round(r.gauss(0, 1), 12), round(r.normalvariate(), 12), round(r.expovariate(2), 12), round(r.triangular(0, 10, 3), 12))
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
print(0 <= random.SystemRandom().random() < 1, len(random.Random(1).randbytes(5)))

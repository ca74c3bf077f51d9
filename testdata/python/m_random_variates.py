import random
r = random.Random(99)
for a in [0.3, 1.0, 2.5, 10.0]:
    print([round(r.gammavariate(a, 2.0), 9) for _ in range(4)])
print([round(r.betavariate(0.5, 0.5), 9) for _ in range(4)], [round(r.betavariate(3, 1), 9) for _ in range(3)])
print([round(r.vonmisesvariate(0.5, k), 9) for k in (0, 1e-7, 0.5, 4, 50)])
print([round(r.paretovariate(a), 9) for a in (1, 2.5)], [round(r.weibullvariate(2, b), 9) for b in (0.5, 3)])
for bad in [(0, 1), (1, 0), (-1, 1)]:
    try:
        r.gammavariate(*bad)
    except ValueError as e:
        print('ValueError', e)
random.seed(5)
print(round(random.gammavariate(2, 3), 9), round(random.betavariate(2, 2), 9), round(random.vonmisesvariate(1, 1), 9))

# uncaught ZeroDivisionError raised inside a generator consumed by a for loop

def ratios(pairs):
    for a, b in pairs:
        yield a / b

data = [(1, 2), (3, 4), (5, 0), (7, 8)]

def safe_ratios(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float('inf')

print('safe:', list(safe_ratios(data)))
lazy = ratios(data)
print('generator created, nothing computed yet:', type(lazy).__name__)
print('first from lazy:', next(lazy))
print('first two:', [round(r, 2) for r in ratios(data[:2])])
results = []
try:
    for r in ratios(data):
        results.append(r)
except ZeroDivisionError as e:
    print('stopped early after', len(results), 'results:', e)
print('sum so far', sum(results))
for r in ratios(reversed(data)):
    print('ratio', r)
print('never printed')

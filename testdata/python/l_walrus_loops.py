# walrus in while/comprehension/any/if (oracle build 08:09 predates walrus support 8a14c8e)
log = []
buf = iter([3, 1, 4, 1, 5, 9, 2, 6])
while (item := next(buf, None)) is not None:
    if item > 4:
        log.append(item)
print(log, item)
vals = [1, 5, 10, 15]
print([r for v2 in vals if (r := v2 % 4) != 1], r)
if (m := max(vals)) > 12:
    print('max', m)
total = 0
print([total := total + v3 for v3 in vals], total)
print(any((hit := w) > 8 for w in vals), hit)
def parse(lines):
    out = {}
    for line in lines:
        if (eq := line.find('=')) > 0 and (key := line[:eq].strip()):
            out[key] = line[eq + 1:].strip()
    return out
print(sorted(parse(['a = 1', '=bad', ' b=two ', 'noeq']).items()))
def gen_chunks(data, n):
    i = 0
    while chunk := data[i:i + n]:
        yield chunk
        i += n
print(list(gen_chunks([1, 2, 3, 4, 5], 2)))
stats = {'n': 0}
print([(y, stats.update(n=stats['n'] + 1)) for x in range(3) if (y := x * 10) >= 0], stats)
print(factorial := 1, [factorial := factorial * i for i in range(1, 26)][-1], factorial)

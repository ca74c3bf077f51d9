def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        key, _, value = l.partition('=')
        yield key.strip(), value.strip()
cfg = 'a = 1\n\n b=two \n# comment = x\nc='
pairs = dict(p for p in parse(non_empty(read_lines(cfg))) if not p[0].startswith('#'))
print(pairs)
total = sum(int(v) for v in pairs.values() if v.isdigit())
print(total, list(zip(*pairs.items())))

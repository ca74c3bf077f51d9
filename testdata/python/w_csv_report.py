# A CSV-like parser (quotes, escaped quotes, embedded commas) plus an aligned report.
def parse_csv(text, sep=','):
    rows, row, field, i, quoted = [], [], [], 0, False
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == sep:
            row.append(''.join(field))
            field = []
        elif ch == '\n':
            row.append(''.join(field))
            rows.append(row)
            row, field = [], []
        elif ch != '\r':
            field.append(ch)
        i += 1
    if quoted:
        raise ValueError('unterminated quote')
    if field or row:
        row.append(''.join(field))
        rows.append(row)
    return rows

DATA = '''region,product,units,price
North,"Widget, large",12,3.50
South,Gadget,7,12.25
North,Gadget,3,12.25
East,"The ""Best"" Gizmo",20,0.99
South,"Widget, large",5,3.50
West,Doohickey,,8.00
'''
rows = parse_csv(DATA)
header, records = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
print(header, len(records))
bad = []
for rec in records:
    try:
        rec['units'] = int(rec['units'])
        rec['price'] = float(rec['price'])
        rec['total'] = rec['units'] * rec['price']
    except ValueError as e:
        bad.append((rec['product'], str(e)))
        rec['units'], rec['price'], rec['total'] = 0, 0.0, 0.0
print('bad rows:', bad)
widths = {'region': 6, 'product': 18, 'units': 5, 'price': 7, 'total': 9}
line = '+'.join('-' * (w + 2) for w in widths.values())
print(line)
print('|'.join(' {:^{w}} '.format(k.title(), w=w) for k, w in widths.items()))
print(line)
for rec in sorted(records, key=lambda r: (-r['total'], r['product'])):
    print(' {region:<6} | {product:<18.18} | {units:>5d} | {price:>7,.2f} | {total:>9.2f} '.format(**rec))
print(line)
by_region = {}
for rec in records:
    by_region[rec['region']] = by_region.get(rec['region'], 0.0) + rec['total']
for region, total in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    bar = '#' * int(total // 5)
    print('%-6s %8.2f %s' % (region, total, bar))
grand = sum(r['total'] for r in records)
print(f'{"TOTAL":>30}: {grand:>10,.3f} {grand:e} {grand:.3g} {int(grand):#x} {int(grand):08b}')
print(parse_csv('a;b;"c;d"\n1;;3', sep=';'), parse_csv('x,"y\nz"'), parse_csv(''))
try:
    parse_csv('a,"b')
except ValueError as e:
    print('ValueError:', e)
print('{:>{}}|{:*^9}|{!r:<8}|{:+d}|{:.1%}'.format('r', 4, 'mid', 'q', 5, 0.256))

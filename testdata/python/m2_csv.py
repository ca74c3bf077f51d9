import csv
import io

def rd(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        return list(r), r.line_num
    except (csv.Error, ValueError, TypeError) as e:
        return type(e).__name__, str(e)

print(rd(['']), rd(['\r\n']), rd(['a,b\n', '\n', 'c']), rd(['a,']))
print(rd(['"abc', 'def']), rd(['"abc'], strict=True))
print(rd(['"a"b,c']), rd(['"a"b,c'], strict=True), rd(['a"b,""']))
print(rd(['a,"b\r\nc",d\r\n']), rd(['a,"b\n', 'c",d\n', 'e,f\n']))
print(rd(['1,"2",-7'], quoting=csv.QUOTE_NONNUMERIC), rd(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC))
print(rd(['a, b,  "c"'], skipinitialspace=True), rd(['a\\,b,c'], escapechar='\\'))
print(rd(['"a\\"b",c'], escapechar='\\'), rd(['a;"b;c";d'], delimiter=';'))
print(rd(["x|'y|z'|'it''s'"], delimiter='|', quotechar="'"), rd(['"a",b'], quoting=csv.QUOTE_NONE))
print(rd(['a\tb\tc'], dialect='excel-tab'), rd(['a,b\nc,d']), rd([b'a,b']))
print(rd(['a'], delimiter='ab'), rd(['a'], quoting=9), rd(['a'], bogus=1))

def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        n = [w.writerow(r) for r in rows]
        return repr(s.getvalue()), n
    except (csv.Error, TypeError) as e:
        return type(e).__name__, str(e)

row = ['a', None, 1.5, True, '', 'x,y', 'q"t', 'n\nl', ' sp', 'c\rr', 7]
print(wr([row, [''], [], [None]]))
print(wr([row], quoting=csv.QUOTE_ALL))
print(wr([['a', None, 1.5, True, 3, '']], quoting=csv.QUOTE_NONNUMERIC))
print(wr([['a,b', 'q"', 'e\\x', 'n\nl']], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(wr([['a,b', 'q"', 'e\\x']], escapechar='\\'), wr([['a,b', 'q"']], doublequote=False, escapechar='\\'))
print(wr([['a,b']], quoting=csv.QUOTE_NONE), wr([['a"b']], doublequote=False), wr([5]))
print(wr([['a', 'b;c']], delimiter=';', lineterminator='\n'), wr([['x', 'y']], dialect='unix'))
print(wr([['']], quoting=csv.QUOTE_NONE))

s = io.StringIO()
csv.writer(s).writerows([['h1', 'h2'], ['multi\nline', 'q "x"'], [1, 2.25]])
text = s.getvalue()
print(repr(text))
print(list(csv.reader(io.StringIO(text, newline=''))))

src = 'name,age,city\r\nAnn,30,"Paris, FR"\r\n\r\nBob,25\r\nCy,40,Rome,extra\r\n'
dr = csv.DictReader(io.StringIO(src, newline=''))
print(dr.fieldnames)
for r in dr:
    print(r, dr.line_num)
dr = csv.DictReader(['1;2', '3;4;5'], fieldnames=['a', 'b'], restkey='rest', restval='-', delimiter=';')
print(list(dr))
print(list(csv.DictReader(['x,y,z', '1'], restval=0)), list(csv.DictReader([])))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'note'])
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'A, B'})
dw.writerows([{'id': 2, 'name': 'C', 'note': 'say "hi"'}, {'name': 'D'}])
print(repr(out.getvalue()))
try:
    dw.writerow({'id': 3, 'bad': 1})
except ValueError as e:
    print(type(e).__name__, e)
dw2 = csv.DictWriter(out, ['id'], extrasaction='ignore', restval='?')
dw2.writerow({'zz': 1})
print(repr(out.getvalue()[-4:]))
try:
    csv.DictWriter(out, ['a'], extrasaction='nope')
except ValueError as e:
    print(type(e).__name__, e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, wr([['a', 1]], dialect='pipes'))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print(type(e).__name__, e)
class Semi(csv.excel):
    delimiter = ';'
print(wr([['a', 'b;c']], dialect=Semi), rd(['a;b'], dialect=Semi))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
print(csv.field_size_limit(), csv.field_size_limit(10), rd(['a' * 11]), csv.field_size_limit(131072))

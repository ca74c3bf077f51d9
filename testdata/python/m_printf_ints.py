# printf-style % with ints, bools and floats for %d/%i/%u (compat/format.go's machine-int path)
for v in [0, 5, -5, 123456789012, -9223372036854775807, True, False, 3.7, -2.5]:
    print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%o' % (v, v, v, v, v, v, v, v, v, int(v), int(v)))
print('%d items' % 5, '%s %d' % ('a', 2**70))
print('%d' % 'x' if False else 'ok', end=' ')
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
print('%(n)d' % {'n': 3}, 'x' % [1], '%s' % None)

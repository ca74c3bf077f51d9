# format spec errors and edge cases for format(), str.format and f-strings

def show(label, fn):
    try:
        print(label, repr(fn()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as e:
        print(label, type(e).__name__, e)

show('d on str', lambda: format('abc', 'd'))
show('f on str', lambda: format('abc', '.2f'))
show('s on int', lambda: format(5, 's'))
show('x on float', lambda: format(1.5, 'x'))
show('precision int', lambda: format(5, '.2d'))
show('obj empty', lambda: format(None, ''))
show('missing pos', lambda: '{0} {1}'.format('a'))
show('bad attr', lambda: '{0.nope}'.format(5))
show('index', lambda: '{0[2]}'.format([1]))
show('unmatched close', lambda: '}'.format())
show('bad conversion', lambda: '{!z}'.format(1))
show('nested', lambda: '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
show('escape', lambda: '{{}} {}'.format(1))
show('f bool', lambda: f'{True:d} {False!s:>5}')
show('f nested', lambda: f"{'x':*^{3 + 2}}")
show('f debug', lambda: f'{1 + 1=}')
show('f repr', lambda: f'{"q"!r:>5}')
show('pct dict', lambda: '%(a)s-%(b)d' % {'a': 'x', 'b': 2})
show('pct dict miss', lambda: '%(a)s' % {'b': 1})
show('pct bad', lambda: '%z' % 1)
show('pct incomplete', lambda: '%' % ())
show('pct float d', lambda: '%d' % 3.9)
show('pct star', lambda: '%*d|%-*d' % (5, 1, 4, 2))
show('thousands', lambda: f'{1234567:,} {1234567.891:_.1f} {-1234:08,}')
show('pct neg zero', lambda: '%.1f %.0f' % (-0.04, 0.5))
show('int big width', lambda: f'{42:>10}|{42:<+6}|{-42:^7}|{42:#o}|{42:#b}')

# re.sub with a callable: None adds nothing, a result of the wrong type is CPython's join
# TypeError naming its item (raised after every call), Matches handed to the callable
# keep their groups, str and bytes, ASCII and not.
import re
print(repr(re.sub('a', lambda m: None, 'xay')))
for repl in (1, b'x', None, 'é'):
    try: print(repr(re.sub('a', lambda m: repl, 'xayaa')))
    except TypeError as e: print('TypeError', e)
for repl in ('x', 1, bytearray(b'q'), memoryview(b'r'), None):
    try: print(repr(re.sub(b'a', lambda m: repl, b'xayaa')))
    except TypeError as e: print('TypeError', e)
calls = []
def f(m):
    calls.append(m.span())
    return 1 if m.start() == 3 else 'z'
try: re.sub('a', f, 'xaya a')
except TypeError as e: print('TypeError', e, calls)
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'price: 10 USD, 25 USD, 7 USD ' * 2))
print(re.sub(r'\d+', lambda m: str(m.span()) + m.string[:3], 'é10 x 25'), re.subn('(a)|b', lambda m: repr(m.groups()), 'abcab', 3))
ms = []
re.sub(r'(\w)(\d)?', lambda m: ms.append(m) or '', 'a1 b c2')
print([(m.group(), m.groups(), m.span(2), m.lastindex) for m in ms])
print(re.sub('x*', lambda m: '-', 'abc'), re.sub('', lambda m: '<>', 'ab'), re.sub('(?=b)', lambda m: '^', 'abab'))
print(re.sub('é', lambda m: m.group().upper(), 'éaé'), re.sub(b'\xe9', lambda m: m.group() * 2, b'\xe9a'))


# Keyword arguments a built-in does not take: CPython's messages, which
# differ between built-in functions/methods ("'k' is an invalid keyword
# argument for f()", "dict.get() takes no keyword arguments") and Python
# functions ("f() got an unexpected keyword argument 'k'").
import json


def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except TypeError as e:
        print(label, 'TypeError', e)


p = print
d = {'a': 1}
L = [3, 1]
s = 'a b'
show('alias print', lambda: p('x', bad=1))
show('dict.get', lambda: d.get('k', default=1))
show('dict.pop', lambda: dict(d).pop('a', default=2))
show('dict.setdefault', lambda: dict(d).setdefault('z', default=0))
show('list.sort', lambda: L.sort(reversed=True))
show('list.sort ok', lambda: sorted(L, reverse=True))
show('list.append', lambda: [].append(x=1))
show('list.index', lambda: L.index(value=3))
show('str.join', lambda: ' '.join(['a'], sep=1))
show('str.startswith', lambda: s.startswith(prefix='a'))
show('str.split ok', lambda: s.split(sep=' ', maxsplit=1))
show('str.split bad', lambda: s.split(separator=' '))
show('str.replace', lambda: s.replace('a', 'b', count=1))
show('bytes.decode ok', lambda: b'x'.decode(encoding='ascii'))
show('set.add', lambda: set().add(elem=1))
show('sorted', lambda: sorted(L, key=None, rev=1))
show('max', lambda: max([1], kee=len))
show('str()', lambda: str(b'x', encodin='utf-8'))
show('open', lambda: open('/nonexistent', mood='r'))
show('json.dumps', lambda: json.dumps(1, bad=1))


def print2(*, a):
    pass


def max(x, *, key=None):  # a Python function named like a built-in
    return x


show('python kwonly', lambda: print2(b=1))
show('python named max', lambda: max([1], kee=len))

# error messages from collections types: deque, namedtuple, Counter, OrderedDict, defaultdict
from collections import deque, namedtuple, Counter, OrderedDict, defaultdict

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('deque pop', lambda: deque().pop())
show('deque popleft', lambda: deque().popleft())
show('deque maxlen', lambda: list(deque(range(10), maxlen=3)))
show('deque rotate', lambda: (lambda d: (d.rotate(2), list(d))[1])(deque([1, 2, 3, 4])))
Point = namedtuple('Point', 'x y')
show('nt ok', lambda: Point(1, y=2))
show('nt missing', lambda: Point(1))
show('nt set', lambda: setattr(Point(1, 2), 'x', 5))
show('nt dup', lambda: namedtuple('Dup', 'x x'))
show('nt underscore', lambda: namedtuple('U', '_x'))
show('nt replace bad', lambda: Point(1, 2)._replace(z=1))
show('nt make', lambda: Point._make([3, 4]))
show('nt make bad', lambda: Point._make([3]))
show('nt asdict', lambda: Point(5, 6)._asdict())
show('counter missing', lambda: Counter('aab')['z'])
show('counter most', lambda: Counter('abracadabra').most_common(2))
show('counter arith', lambda: sorted((Counter('aab') + Counter('bc')).items()))
show('od move', lambda: OrderedDict(a=1).move_to_end('z'))
show('od last', lambda: (lambda o: (o.move_to_end('a'), list(o))[1])(OrderedDict(a=1, b=2)))
dd = defaultdict(list)
dd['k'].append(1)
show('dd', lambda: dict(dd))
show('dd none', lambda: defaultdict(None)['x'])
show('dd bad factory', lambda: defaultdict(5))
show('dd get', lambda: (dd.get('nope'), 'nope' in dd))

# Structural pattern matching (3.10): literals, captures, sequences, mappings, classes, guards, or-patterns
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0 | 0.0:
            return 'zero'
        case True | False as b:
            return 'bool %s' % b
        case None:
            return 'none'
        case int(n) if n < 0:
            return 'negative int %d' % n
        case int() | float():
            return 'number %r' % (obj,)
        case str() as s if s.startswith('cmd:'):
            return 'command ' + s[4:]
        case str(s):
            return 'string of %d' % len(s)
        case []:
            return 'empty list'
        case [x]:
            return 'singleton %r' % (x,)
        case [first, *rest] if isinstance(obj, list):
            return 'list head %r + %d more' % (first, len(rest))
        case (a, b):
            return 'pair %r %r' % (a, b)
        case {'type': 'user', 'name': name, **extra}:
            return 'user %s extra=%s' % (name, sorted(extra))
        case {'type': kind}:
            return 'typed ' + kind
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %d' % y
        case Point(x, y) if x == y:
            return 'diagonal %d' % x
        case Point():
            return 'point'
        case _:
            return 'other ' + type(obj).__name__

for v in [0, 0.0, True, None, -5, 7, 2.5, 'cmd:run', 'hello', [], [9], [1, 2, 3], (1, 2), (1, 2, 3),
          {'type': 'user', 'name': 'ann', 'age': 3, 'x': 1}, {'type': 'admin'}, {'other': 1},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {1, 2}]:
    print(repr(v) if not isinstance(v, Point) else 'Point(%d,%d)' % (v.x, v.y), '->', describe(v))

def route(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return 'going ' + d
        case ['take', *items] if items:
            return 'taking ' + ', '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return 'unknown verb ' + verb
        case []:
            return 'nothing'
for c in ['go north', 'go up', 'take sword shield', 'take', 'exit', '', 'dance wildly']:
    print(repr(c), route(c))
COLORS = type('C', (), {'RED': 'r', 'GREEN': 'g'})
def color(v):
    match v:
        case COLORS.RED:
            return 'red'
        case COLORS.GREEN:
            return 'green'
        case other:
            return 'unknown ' + other
print(color('r'), color('g'), color('b'))

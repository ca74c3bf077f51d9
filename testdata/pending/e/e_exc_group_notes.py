# Python 3.11 exception features: add_note, ExceptionGroup, except*

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    try:
        raise ValueError('bad value')
    except ValueError as e:
        e.add_note('while parsing field "age"')
        e.add_note('row 17')
        raise
except ValueError as e:
    print(e, e.__notes__)

eg = ExceptionGroup('several', [ValueError('a'), TypeError('b'), ValueError('c')])
print(eg, len(eg.exceptions), eg.message)
print([type(x).__name__ for x in eg.exceptions])
match, rest = eg.split(ValueError)
print([str(x) for x in match.exceptions], [str(x) for x in rest.exceptions])
sub = eg.subgroup(TypeError)
print(type(sub).__name__, [str(x) for x in sub.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
show('empty group', lambda: ExceptionGroup('x', []))
show('not list', lambda: ExceptionGroup('x', ValueError()))

try:
    raise ExceptionGroup('batch', [KeyError('k'), OSError('disk'), KeyError('j')])
except* KeyError as grp:
    print('keys', sorted(str(x) for x in grp.exceptions))
except* OSError as grp:
    print('os', [str(x) for x in grp.exceptions])

def partial():
    try:
        raise ExceptionGroup('mixed', [ValueError(1), IndexError(2)])
    except* ValueError:
        print('handled values')

try:
    partial()
except ExceptionGroup as g:
    print('left over', [type(x).__name__ for x in g.exceptions])

try:
    raise TypeError('plain')
except* TypeError as grp:
    print('wrapped', type(grp).__name__, [str(x) for x in grp.exceptions])

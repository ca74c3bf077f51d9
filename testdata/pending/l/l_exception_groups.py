# 3.11 ExceptionGroup and except*
def run_all(tasks):
    errors = []
    results = []
    for t in tasks:
        try:
            results.append(t())
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('%d task(s) failed' % len(errors), errors)
    return results

tasks = [lambda: 1, lambda: 1 / 0, lambda: int('x'), lambda: [][0], lambda: int('y')]
try:
    run_all(tasks)
except* ValueError as eg:
    print('ValueErrors:', [str(e) for e in eg.exceptions], eg.message)
except* ZeroDivisionError as eg:
    print('ZeroDivision:', len(eg.exceptions))
except* LookupError as eg:
    print('Lookup:', [type(e).__name__ for e in eg.exceptions])
print(run_all([lambda: 'ok']))

eg = ExceptionGroup('outer', [ValueError('v1'), ExceptionGroup('inner', [TypeError('t1'), ValueError('v2')])])
print(eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[0]))
match_v, rest = eg.split(ValueError)
print(match_v.message, [type(e).__name__ for e in match_v.exceptions], rest.message if rest else None)
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(type(sub).__name__, sub.exceptions[0].message, sub.exceptions[0].exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException), ExceptionGroup.__mro__[1].__name__)
try:
    try:
        raise ExceptionGroup('g', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled KeyError part')
except ExceptionGroup as remaining:
    print('remaining', [type(e).__name__ for e in remaining.exceptions])
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked wrapped', type(eg).__name__, [str(e) for e in eg.exceptions])
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print('ValueError', e)
e = ValueError('with note')
e.add_note('extra context')
print(e.__notes__)

import warnings, io, contextlib
class AppDeprecation(DeprecationWarning):
    pass
def old_api(x):
    warnings.warn('old_api is deprecated; use new_api', AppDeprecation, stacklevel=2)
    return x * 2
def noisy():
    warnings.warn('noisy message', UserWarning)
def run(action, fn, times=3, **kw):
    with warnings.catch_warnings(record=True) as rec:
        warnings.resetwarnings()
        warnings.simplefilter(action, **kw)
        for _ in range(times):
            fn()
    return [(w.category.__name__, str(w.message)) for w in rec]
print(len(run('always', noisy)), len(run('ignore', noisy)), len(run('once', noisy)), len(run('default', noisy)), len(run('module', noisy)))
print(run('always', lambda: old_api(1), times=1))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    old_api(2)
    noisy()
print([w.category.__name__ for w in rec])
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    noisy()
    warnings.warn('other text')
    warnings.warn('NOISY upper')
print([str(w.message) for w in rec])
with warnings.catch_warnings():
    warnings.simplefilter('error', AppDeprecation)
    try:
        old_api(3)
    except AppDeprecation as e:
        print('raised', type(e).__name__, e, isinstance(e, DeprecationWarning), isinstance(e, Warning))
    noisy_ok = True
shown = []
def fake_show(message, category, filename, lineno, file=None, line=None):
    shown.append('%s: %s' % (category.__name__, message))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = fake_show
    noisy()
    warnings.warn('custom', RuntimeWarning)
print(shown, warnings.showwarning is not fake_show)
err = io.StringIO()
with contextlib.redirect_stderr(err), warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to stderr', FutureWarning)
text = err.getvalue()
print('FutureWarning: to stderr' in text, text.count('\n') >= 1)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.warn(UserWarning('as instance'))
    warnings.warn('bytes %s' % b'x')
    warnings.warn_explicit('explicit', SyntaxWarning, 'fake.py', 42)
print([(w.category.__name__, str(w.message), w.lineno if w.filename == 'fake.py' else None) for w in rec])
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning)])
print(issubclass(Warning, Exception), DeprecationWarning.__mro__[1].__name__, issubclass(AppDeprecation, Warning))
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError', e)

# exception args, str() and repr() with 0/1/2 args; hierarchy checks

classes = [Exception, ValueError, KeyError, IndexError, TypeError, RuntimeError,
           OSError, StopIteration, AttributeError, NotImplementedError]
for cls in classes:
    for args in [(), ('msg',), ('a', 2), (42,), ([1, 2],)]:
        e = cls(*args)
        print(cls.__name__, len(args), repr(str(e)), repr(e), e.args)

pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (IOError, OSError), (EnvironmentError, OSError), (UnicodeError, ValueError),
    (UnicodeEncodeError, UnicodeError), (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, Exception), (GeneratorExit, Exception),
    (StopIteration, Exception), (StopAsyncIteration, Exception), (Warning, Exception),
    (DeprecationWarning, Warning), (UserWarning, Warning), (AssertionError, Exception),
    (BrokenPipeError, ConnectionError), (ConnectionError, OSError), (TabError, SyntaxError),
    (IndentationError, SyntaxError), (FloatingPointError, ArithmeticError),
    (bool, int), (Exception, BaseException), (BaseException, object),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(KeyError.__bases__[0].__name__, BaseException.__bases__[0].__name__)

e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e))
e2 = Exception('a')
e2.extra = 5
print(e2.extra, str(e2))
print(isinstance(KeyError('k'), LookupError), isinstance(KeyError('k'), IndexError))
print(str(KeyError('k')), str(KeyError(1)), str(KeyError((1, 2))), str(KeyError('a', 'b')))
print(repr(Exception('quote\'s')), repr(Exception("dq\"x")))
print(str(Exception(None)), repr(Exception(None)))
print(Exception('a') == Exception('a'))

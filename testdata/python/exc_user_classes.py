# User exception classes, hierarchy, attributes set in __init__, chaining.


class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code

    def describe(self):
        return "%s (%d)" % (self.args[0], self.code)


class NotFound(AppError):
    pass


class Plain(Exception):
    pass


try:
    raise NotFound("missing", 404)
except AppError as e:
    print(type(e).__name__, e.code, e.describe(), isinstance(e, Exception))

try:
    raise Plain("x", 2)
except Plain as e:
    print("plain", e.args[0], e.args[1], len(e.args))

for exc in (KeyError, IndexError, ValueError):
    try:
        raise exc("boom")
    except LookupError:
        print(exc.__name__, "is a LookupError")
    except Exception as e:
        print(exc.__name__, "is not:", type(e).__name__)

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second") from e
except TypeError as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__.args[0])

print(issubclass(NotFound, AppError), issubclass(NotFound, KeyError))
print(issubclass(KeyError, (ValueError, LookupError)))

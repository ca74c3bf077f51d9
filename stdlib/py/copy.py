"""copy: shallow and deep copy operations.

copy(x) and deepcopy(x, memo) as CPython: atomic values are returned as
they are, lists/dicts/sets/tuples are copied (deepcopy recursively,
keeping shared and self-referencing structure through memo), classes may
define __copy__/__deepcopy__, and other instances are copied by making a
new instance of the class and copying its __dict__.
"""


class Error(Exception):
    pass


error = Error


def _is_atomic(x):
    return isinstance(x, (type(None), int, float, bool, str, bytes, type, range, frozenset)) or callable(x) and not hasattr(x, '__dict__') or type(x).__name__ in ('function', 'builtin_function_or_method', 'method')


def copy(x):
    cls = type(x)
    f = getattr(cls, '__copy__', None)
    if f is not None:
        return x.__copy__()
    if _is_atomic(x) or isinstance(x, tuple) and type(x) is tuple:
        return x
    if isinstance(x, list):
        return cls(x) if cls is not list else list(x)
    if isinstance(x, dict):
        if cls is dict:
            return dict(x)
        y = cls.__new__(cls)
        y.update(x)
        if hasattr(x, '__dict__'):
            y.__dict__.update(x.__dict__)
        return y
    if isinstance(x, set):
        return set(x)
    if isinstance(x, tuple):
        return x
    y = object.__new__(cls)
    if hasattr(x, '__dict__'):
        for k, v in x.__dict__.items():
            setattr(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    f = getattr(cls, '__deepcopy__', None)
    if f is not None:
        y = x.__deepcopy__(memo)
    elif _is_atomic(x):
        y = x
    elif isinstance(x, list):
        y = [] if cls is list else cls()
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        elif cls is tuple:
            y = tuple(items)
        else:
            y = cls(*items)
    elif isinstance(x, dict):
        y = {} if cls is dict else cls.__new__(cls)
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        if cls is not dict and hasattr(x, '__dict__'):
            for k, v in x.__dict__.items():
                y.__dict__[k] = deepcopy(v, memo)
    elif isinstance(x, set):
        y = set(deepcopy(a, memo) for a in x)
    else:
        y = object.__new__(cls)
        memo[d] = y
        if hasattr(x, '__dict__'):
            for k, v in x.__dict__.items():
                setattr(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y

"""copy: shallow and deep copy operations.

copy(x) and deepcopy(x, memo) as CPython: atomic values are returned as
they are, lists/dicts/sets/tuples are copied (deepcopy recursively,
keeping shared and self-referencing structure through memo), classes may
define __copy__/__deepcopy__, and other objects (instances of Python classes, subclasses of the
built-in containers) go through the pickle protocol as in CPython:
copyreg.dispatch_table, then __reduce_ex__(4), and are rebuilt from the
reduction (__setstate__ or the state dict and slots, list and dict items).
"""

import copyreg


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
    if _is_atomic(x) or isinstance(x, tuple):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(shallow)copyable object of type %s" % cls)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
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
    elif cls is list:
        y = []
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
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        rv = _reduce(x, cls)
        if isinstance(rv, str):
            y = x
        else:
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y

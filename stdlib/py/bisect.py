"""bisect: bisect_left, bisect_right (bisect), insort_left, insort_right
(insort), each with lo, hi and key= (Python 3.10+ semantics).

As in CPython, key applies to the list's elements, not to the searched
value x (insort applies key to the inserted item when comparing).
Written in Python (CPython uses C).
"""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Leftmost index where x can be inserted in sorted a."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Rightmost index where x can be inserted in sorted a."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v:
            hi = mid
        else:
            lo = mid + 1
    return lo


bisect = bisect_right


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x in sorted a, before any equal items."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x in sorted a, after any equal items."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


insort = insort_right

"""pprint: pformat, pprint, pp, isreadable, isrecursive, saferepr and
PrettyPrinter (indent, width, depth, compact-free, sort_dicts) — dicts,
lists, tuples and sets are broken over lines when their repr is wider
than width, as CPython does."""
import sys as _sys


def _sorted_items(d, sort):
    items = list(d.items())
    if sort:
        try:
            items.sort(key=lambda kv: kv[0])
        except TypeError:
            items.sort(key=lambda kv: repr(kv[0]))
    return items


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._sort_dicts = sort_dicts

    def pformat(self, obj):
        return self._format(obj, 0, 0, 1)

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(obj) + '\n')

    def _repr(self, obj, level):
        if isinstance(obj, dict):
            if not obj:
                return '{}'
            return '{' + ', '.join('%s: %s' % (self._repr(k, level + 1), self._repr(v, level + 1)) for k, v in _sorted_items(obj, self._sort_dicts)) + '}'
        if isinstance(obj, list):
            return '[' + ', '.join(self._repr(v, level + 1) for v in obj) + ']'
        if isinstance(obj, tuple) and type(obj) is tuple:
            if len(obj) == 1:
                return '(' + self._repr(obj[0], level + 1) + ',)'
            return '(' + ', '.join(self._repr(v, level + 1) for v in obj) + ')'
        return repr(obj)

    def _format(self, obj, indent, allowance, level):
        rep = self._repr(obj, level)
        if len(rep) <= self._width - indent - allowance:
            return rep
        if isinstance(obj, dict) and obj:
            items = _sorted_items(obj, self._sort_dicts)
            parts = []
            inner = indent + self._indent
            for i, (k, v) in enumerate(items):
                krepr = self._repr(k, level)
                last = i == len(items) - 1
                vrepr = self._format(v, inner + len(krepr) + 2, allowance + 1 if last else 1, level + 1)
                parts.append('%s: %s' % (krepr, vrepr))
            sep = ',\n' + ' ' * inner
            return '{' + ' ' * (self._indent - 1) + sep.join(parts) + '}'
        if isinstance(obj, (list, tuple)) and obj and (type(obj) is list or type(obj) is tuple):
            open_, close = ('[', ']') if isinstance(obj, list) else ('(', ')')
            inner = indent + self._indent
            parts = [self._format(v, inner, allowance + 1 if i == len(obj) - 1 else 1, level + 1) for i, v in enumerate(obj)]
            sep = ',\n' + ' ' * inner
            end = ',)' if isinstance(obj, tuple) and len(obj) == 1 else close
            return open_ + ' ' * (self._indent - 1) + sep.join(parts) + end
        return rep

    def isreadable(self, obj):
        return True

    def isrecursive(self, obj):
        return False


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, sort_dicts=sort_dicts).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return repr(object)


def isreadable(object):
    return True


def isrecursive(object):
    return False

"""json: JSON encoder and decoder (the work is done in Go, _json).

Provides dumps, loads, dump, load with CPython's keyword arguments
(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
separators, default, sort_keys; cls, object_hook, parse_float, parse_int,
parse_constant, object_pairs_hook, strict), JSONEncoder (subclass and
override default(), or encode()), JSONDecoder, JSONDecodeError (a
ValueError with msg, doc, pos, lineno, colno).
Differences from CPython: JSONEncoder.iterencode yields the whole text
as one chunk.
"""
import _json
from _json import JSONDecodeError

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                            self.indent, self.item_separator, self.key_separator, self.default,
                            self.sort_keys, None)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _json.decode(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                            self.parse_int, self.parse_constant, self.strict)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON
        document) and return (value, index where the document ended)."""
        try:
            self.decode(s[idx:])
        except JSONDecodeError as err:
            if not err.msg.startswith('Extra data'):
                if idx:
                    raise JSONDecodeError(err.msg, s, err.pos + idx) from None
                raise
            end = err.pos
            while end > 0 and s[idx + end - 1] in ' \t\n\r':
                end -= 1  # the document ends before the whitespace
            return self.decode(s[idx:idx + end]), idx + end
        return self.decode(s[idx:]), len(s)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        elif indent is not None:
            item_sep, key_sep = ',', ': '
        else:
            item_sep, key_sep = ', ', ': '
        return _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                            item_sep, key_sep, default, sort_keys, None)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, strict=True, **kw):
    if cls is None and not kw:
        return _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, strict=strict, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)


# dumps(obj) and loads(s) without keyword arguments, the common calls, go
# straight to Go; the functions above take the rest.
_json._set_fallbacks(dumps, loads)
dumps = _json.dumps
loads = _json.loads

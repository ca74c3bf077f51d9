"""fnmatch: fnmatch, fnmatchcase, filter, translate (Unix shell-style
wildcards: *, ?, [seq], [!seq]).

translate() gives the same regular expression text as CPython 3.11
(a pattern with several '*' uses atomic groups, (?>.*?seg)). As on a
POSIX CPython, fnmatch() is case-sensitive (os.path.normcase is the
identity).
"""
import re
import os

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _normcase(s):
    return s


_normcase = getattr(os.path, 'normcase', _normcase)


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'latin-1'))
            m = re.compile(res.encode('latin-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Test whether name matches pat (after os.path.normcase)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The list of the names that match pat."""
    pat = _normcase(pat)
    match = _compile(pat)
    return [n for n in names if match(_normcase(n))]


def _set_char(c):
    if c in '\\-&~|':
        return '\\' + c
    return c


def _translate_set(body):
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    parts = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if i + 2 < n and body[i + 1] == '-':
            hi = body[i + 2]
            if c <= hi:
                parts.append(_set_char(c) + '-' + _set_char(hi))
            i += 3
        else:
            parts.append(_set_char(c))
            i += 1
    stuff = ''.join(parts)
    if not stuff:
        return '.' if negate else '(?!)'
    if negate:
        return '[^' + stuff + ']'
    if stuff[0] in '^[':
        stuff = '\\' + stuff
    return '[' + stuff + ']'


_STAR = object()


def translate(pat):
    """The regular expression text (for re.match) equivalent to pat."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                out.append(_translate_set(pat[i:j]))
                i = j + 1
        else:
            out.append(re.escape(c))
    # split at the stars: prefix, middle segments, last segment
    segs = [[]]
    for t in out:
        if t is _STAR:
            segs.append([])
        else:
            segs[-1].append(t)
    res = ''.join(segs[0])
    if len(segs) > 1:
        for seg in segs[1:-1]:
            res += '(?>.*?' + ''.join(seg) + ')'
        res += '.*' + ''.join(segs[-1])
    return '(?s:' + res + ')\\Z'

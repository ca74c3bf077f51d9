"""cgi: form parsing for CGI and WSGI programs, as CPython 3.11 documents it.

Provides parse_header(line) -> (value, params), parse(fp, environ, ...),
parse_multipart(fp, pdict, ...), FieldStorage and MiniFieldStorage.

FieldStorage(fp, headers, outerboundary, environ, keep_blank_values,
strict_parsing, limit, encoding, errors, max_num_fields, separator) reads a
GET query string, an application/x-www-form-urlencoded body (plus the query
string, as CPython does for POST) or a multipart/form-data body. A field
with a filename has .file (a binary file positioned at 0) and .value
(bytes); other fields have a str .value. Methods: getvalue, getfirst,
getlist, keys, `in`, len, indexing by name, iteration over names, and use
as a context manager.

Differences from CPython: a multipart body is read whole before it is split
(CPython streams it, spilling parts over 1000 bytes to temporary files; here
every part's file is an io.BytesIO), nested multipart/mixed parts are parsed
the same way as the outer body, and the deprecated helpers print_environ,
print_form, test and friends are not provided. Part headers are a small
case-insensitive mapping, not email.message.Message.
"""

import io
import os
import sys
import urllib.parse

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart",
           "parse_header"]

maxlen = 0  # largest body FieldStorage accepts; 0 means no limit


def _split_params(line):
    # Split on ';' outside double quotes; a backslash escapes inside quotes.
    parts, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted and c == '\\' and i + 1 < len(line):
            cur.append(line[i:i + 2])
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        if c == ';' and not quoted:
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append(''.join(cur))
    return parts


def parse_header(line):
    """Parse a Content-type-like header into its main value and a dict of
    parameters (names lowercased, quotes and backslash escapes removed)."""
    parts = _split_params(line)
    key = parts[0].strip()
    pdict = {}
    for p in parts[1:]:
        p = p.strip()
        i = p.find('=')
        if i < 0:
            continue
        name = p[:i].strip().lower()
        value = p[i + 1:].strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        pdict[name] = value
    return key, pdict


class _Headers:
    """Case-insensitive header mapping of one multipart part."""

    def __init__(self, pairs=()):
        self._items = list(pairs)

    def __getitem__(self, name):
        n = name.lower()
        for k, v in self._items:
            if k.lower() == n:
                return v
        return None

    def get(self, name, default=None):
        v = self[name]
        return default if v is None else v

    def __contains__(self, name):
        n = name.lower()
        return any(k.lower() == n for k, _ in self._items)

    def keys(self):
        return [k for k, _ in self._items]

    def values(self):
        return [v for _, v in self._items]

    def items(self):
        return list(self._items)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return '{%s}' % ', '.join('%r: %r' % kv for kv in self._items)


class MiniFieldStorage:
    """A form field from a query string or urlencoded body."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """A form: the fields of a query string, urlencoded or multipart body."""

    def __init__(self, fp=None, headers=None, outerboundary=b'',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 limit=None, encoding='utf-8', errors='replace',
                 max_num_fields=None, separator='&'):
        method = 'GET'
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        self.encoding = encoding
        self.errors = errors
        self.limit = limit
        if 'REQUEST_METHOD' in environ:
            method = environ['REQUEST_METHOD'].upper()
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            elif sys.argv[1:]:
                qs = sys.argv[1]
            else:
                qs = ''
            fp = io.BytesIO(qs.encode('latin-1', 'surrogateescape'))
            if headers is None:
                headers = {'content-type': 'application/x-www-form-urlencoded'}
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = 'application/x-www-form-urlencoded'
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        elif not isinstance(headers, (dict, _Headers)) and not hasattr(headers, 'get'):
            raise TypeError("headers must be mapping or an instance of "
                            "email.message.Message")
        self.headers = headers
        if fp is None:
            self.fp = getattr(sys.stdin, 'buffer', sys.stdin)
        elif isinstance(fp, io.TextIOWrapper):
            self.fp = fp.buffer
        else:
            if not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
                raise TypeError("fp must be file pointer")
            self.fp = fp
        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s'
                            % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read = 0

        cdisp, pdict = '', {}
        if 'content-disposition' in self.headers:
            cdisp, pdict = parse_header(self.headers['content-disposition'])
        self.disposition = cdisp
        self.disposition_options = pdict
        self.name = pdict.get('name')
        self.filename = pdict.get('filename')
        self._binary_file = self.filename is not None

        if 'content-type' in self.headers:
            ctype, pdict = parse_header(self.headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, pdict = 'text/plain', {}
        else:
            ctype, pdict = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = pdict
        self.innerboundary = pdict.get('boundary', '').encode('latin-1') \
            if 'boundary' in pdict else b''

        clen = -1
        if 'content-length' in self.headers:
            try:
                clen = int(self.headers['content-length'])
            except ValueError:
                pass
            if maxlen and clen > maxlen:
                raise ValueError('Maximum content length exceeded')
        self.length = clen
        if self.limit is None and clen >= 0:
            self.limit = clen

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.file is not None:
            self.file.close()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name != 'value':
            raise AttributeError(name)
        if self.file is not None:
            self.file.seek(0)
            value = self.file.read()
            self.file.seek(0)
        elif self.list is not None:
            value = self.list
        else:
            value = None
        return value

    def __getitem__(self, key):
        if self.list is None:
            raise TypeError("not indexable")
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        if len(found) == 1:
            return found[0]
        return found

    def getvalue(self, key, default=None):
        """The value of field key (a list if it repeats), or default."""
        if key in self:
            value = self[key]
            if isinstance(value, list):
                return [x.value for x in value]
            return value.value
        return default

    def getfirst(self, key, default=None):
        """The first value of field key, or default."""
        if key in self:
            value = self[key]
            if isinstance(value, list):
                return value[0].value
            return value.value
        return default

    def getlist(self, key):
        """Every value of field key, as a list (empty if absent)."""
        if key in self:
            value = self[key]
            if isinstance(value, list):
                return [x.value for x in value]
            return [value.value]
        return []

    def keys(self):
        """The field names, each once, in order of first appearance."""
        if self.list is None:
            raise TypeError("not indexable")
        seen = []
        for item in self.list:
            if item.name not in seen:
                seen.append(item.name)
        return seen

    def __contains__(self, key):
        if self.list is None:
            raise TypeError("not indexable")
        return any(item.name == key for item in self.list)

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)

    def _read_body(self):
        if self.limit is not None and self.limit >= 0:
            data = self.fp.read(self.limit)
        else:
            data = self.fp.read()
        if isinstance(data, str):
            data = data.encode(self.encoding, self.errors)
        self.bytes_read += len(data)
        return data

    def read_urlencoded(self):
        """Read the body (or query string) as name=value pairs."""
        qs = self._read_body()
        if not isinstance(qs, bytes):
            raise ValueError("%s should return bytes, got %s"
                             % (self.fp, type(qs).__name__))
        qs = qs.decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        pairs = urllib.parse.parse_qsl(
            qs, self.keep_blank_values, self.strict_parsing,
            encoding=self.encoding, errors=self.errors,
            max_num_fields=self.max_num_fields, separator=self.separator)
        self.list = [MiniFieldStorage(k, v) for k, v in pairs]
        self.done = 1

    def read_single(self):
        """Read a leaf part: bytes in a file for uploads, else text."""
        data = self._read_body()
        self.file = io.BytesIO(data)
        self.done = 1
        if not self._binary_file:
            text = data.decode(self.encoding, self.errors)
            self.file = io.StringIO(text)

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Read a multipart body into self.list of FieldStorage parts."""
        ib = self.innerboundary
        if not ib or not _valid_boundary(ib):
            raise ValueError('Invalid boundary in multipart form: %r' % (ib,))
        self.list = []
        if self.qs_on_post:
            for k, v in urllib.parse.parse_qsl(
                    self.qs_on_post, self.keep_blank_values, self.strict_parsing,
                    encoding=self.encoding, errors=self.errors,
                    max_num_fields=self.max_num_fields, separator=self.separator):
                self.list.append(MiniFieldStorage(k, v))
        body = self._read_body()
        delim = b'--' + ib
        start = body.find(delim)
        if start < 0:
            self.done = -1
            return
        pos = start + len(delim)
        count = 0
        while True:
            if body[pos:pos + 2] == b'--':
                break  # the closing delimiter
            eol = body.find(b'\n', pos)
            if eol < 0:
                break
            pos = eol + 1
            nxt = body.find(b'\r\n' + delim, pos)
            seplen = 2
            if nxt < 0:
                nxt = body.find(b'\n' + delim, pos)
                seplen = 1
            if nxt < 0:
                part, pos = body[pos:], len(body)
                end = True
            else:
                part, pos = body[pos:nxt], nxt + seplen + len(delim)
                end = False
            count += 1
            if self.max_num_fields is not None and count > self.max_num_fields:
                raise ValueError('Max number of fields exceeded')
            self.list.append(_part(part, ib, environ, keep_blank_values,
                                   strict_parsing, self.encoding, self.errors,
                                   self.max_num_fields, self.separator,
                                   self.__class__))
            if end:
                break
        self.done = 1


def _part(raw, boundary, environ, keep_blank_values, strict_parsing,
          encoding, errors, max_num_fields, separator, cls):
    # One part: its headers up to the blank line, then its body.
    sep = raw.find(b'\r\n\r\n')
    skip = 4
    if sep < 0:
        sep = raw.find(b'\n\n')
        skip = 2
    if raw.startswith(b'\r\n') or raw.startswith(b'\n'):
        sep, skip = 0, 2 if raw.startswith(b'\r\n') else 1
    if sep < 0:
        head, body = raw, b''
    else:
        head, body = raw[:sep], raw[sep + skip:]
    pairs = []
    for line in head.decode('latin-1').replace('\r\n', '\n').split('\n'):
        if not line:
            continue
        if line[0] in ' \t' and pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + ' ' + line.strip())
            continue
        k, _, v = line.partition(':')
        pairs.append((k.strip(), v.strip()))
    headers = _Headers(pairs)
    if 'content-length' not in headers:
        headers._items.append(('Content-Length', str(len(body))))
    env = {'REQUEST_METHOD': 'POST'}
    return cls(io.BytesIO(body), headers, b'--' + boundary, env,
               keep_blank_values, strict_parsing, len(body), encoding,
               errors, max_num_fields, separator)


def _valid_boundary(s):
    if isinstance(s, bytes):
        s = s.decode('latin-1')
    if not 0 < len(s) <= 200:
        return False
    ok = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? "
    return all(c in ok for c in s) and s[-1] != ' '


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0,
          separator='&'):
    """Parse a query (GET) or form body (POST) into a dict of lists."""
    if fp is None:
        fp = getattr(sys.stdin, 'buffer', sys.stdin)
    if environ.get('REQUEST_METHOD', 'GET').upper() == 'POST':
        ctype, pdict = parse_header(environ.get('CONTENT_TYPE', ''))
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        if ctype == 'application/x-www-form-urlencoded':
            n = int(environ.get('CONTENT_LENGTH', '-1') or '-1')
            qs = fp.read(n) if n >= 0 else fp.read()
            if isinstance(qs, bytes):
                qs = qs.decode('latin-1')
            if environ.get('QUERY_STRING'):
                qs = qs + '&' + environ['QUERY_STRING'] if qs else environ['QUERY_STRING']
        else:
            qs = environ.get('QUERY_STRING', '')
    else:
        qs = environ.get('QUERY_STRING', '') or (sys.argv[1] if sys.argv[1:] else '')
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing,
                                 encoding='latin-1', separator=separator)


def parse_multipart(fp, pdict, encoding='utf-8', errors='replace', separator='&'):
    """Parse a multipart/form-data body; pdict holds the boundary and, if
    known, CONTENT-LENGTH. Returns a dict of lists of values."""
    boundary = pdict['boundary']
    if isinstance(boundary, bytes):
        boundary = boundary.decode('ascii')
    headers = {'content-type': 'multipart/form-data; boundary=%s' % boundary}
    if 'CONTENT-LENGTH' in pdict:
        headers['content-length'] = str(pdict['CONTENT-LENGTH'])
    fs = FieldStorage(fp, headers=headers, encoding=encoding, errors=errors,
                      environ={'REQUEST_METHOD': 'POST'}, separator=separator)
    return {k: fs.getlist(k) for k in fs}

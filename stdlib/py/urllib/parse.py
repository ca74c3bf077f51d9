"""urllib.parse: parse URLs into components and quote/unquote them,
written from the documentation and RFC 3986.

Provides urlsplit, urlunsplit, urlparse, urlunparse, urljoin, urldefrag,
SplitResult/ParseResult/DefragResult (named tuples with username,
password, hostname, port and geturl()), quote, quote_plus,
quote_from_bytes, unquote, unquote_plus, unquote_to_bytes, urlencode,
parse_qs, parse_qsl, and the scheme lists uses_relative, uses_netloc,
uses_params.
Differences from CPython: bytes URLs are not accepted by the split and
join functions.
"""
from collections import namedtuple

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

_SCHEME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_HEX = '0123456789ABCDEF'


class _NetlocMixin:
    @property
    def username(self):
        userinfo = self._userinfo()
        if userinfo is None:
            return None
        return userinfo.partition(':')[0]

    @property
    def password(self):
        userinfo = self._userinfo()
        if userinfo is None or ':' not in userinfo:
            return None
        return userinfo.partition(':')[2]

    def _userinfo(self):
        netloc = self.netloc
        if '@' not in netloc:
            return None
        return netloc.rpartition('@')[0]

    def _hostinfo(self):
        hostport = self.netloc.rpartition('@')[2]
        if hostport.startswith('['):
            host, _, rest = hostport[1:].partition(']')
            port = rest[1:] if rest.startswith(':') else None
            return host, port
        host, sep, port = hostport.partition(':')
        return host, (port if sep else None)

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        return host.lower()

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None or port == '':
            return None
        if not port.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % (port,))
        value = int(port)
        if not 0 <= value <= 65535:
            raise ValueError('Port out of range 0-65535')
        return value


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    def geturl(self):
        return self.url + ('#' + self.fragment if self.fragment else '')


def _clean(url):
    url = url.lstrip(''.join(chr(c) for c in range(33)))
    url = url.rstrip(''.join(chr(c) for c in range(33)))
    for ch in '\t\r\n':
        url = url.replace(ch, '')
    return url


def urlsplit(url, scheme='', allow_fragments=True):
    url = _clean(url)
    scheme = scheme.strip()
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in _SCHEME_CHARS:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            j = url.find(c, 2)
            if j >= 0:
                end = min(end, j)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc and ']' not in netloc) or (']' in netloc and '[' not in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(path):
    if '/' in path:
        i = path.find(';', path.rfind('/'))
        if i < 0:
            return path, ''
    else:
        i = path.find(';')
        if i < 0:
            return path, ''
    return path[:i], path[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ''
    if s.scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, '', allow_fragments)
    u = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = u
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        path = b.path
        params = b.params
        if not query:
            query = b.query
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = b.path.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query, fragment))


def urldefrag(url):
    if '#' in url:
        s = urlparse(url)
        defrag = urlunparse((s.scheme, s.netloc, s.path, s.params, s.query, ''))
        return DefragResult(defrag, s.fragment)
    return DefragResult(url, '')


def quote_from_bytes(bs, safe='/'):
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    safe_set = _ALWAYS_SAFE | frozenset(safe)
    out = []
    for b in bs:
        if b in safe_set:
            out.append(chr(b))
        else:
            out.append('%' + _HEX[b >> 4] + _HEX[b & 15])
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None or errors is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode('utf-8')
    if b'%' not in string:
        return bytes(string)
    parts = string.split(b'%')
    out = [parts[0]]
    for item in parts[1:]:
        try:
            out.append(bytes([int(item[:2].decode('ascii'), 16)]) + item[2:] if len(item) >= 2 and all(c in b'0123456789abcdefABCDEF' for c in item[:2]) else b'%' + item)
        except ValueError:
            out.append(b'%' + item)
    return b''.join(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    if not qs:
        return []
    if isinstance(qs, bytes):
        qs = qs.decode('ascii')
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None and qs.count(separator) + 1 > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    out = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding, errors)
            value = unquote(nv[1].replace('+', ' '), encoding, errors)
            out.append((name, value))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object')
    out = []

    def q(v):
        if isinstance(v, (str, bytes)):
            return quote_via(v, safe, encoding, errors) if not isinstance(v, bytes) else quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)
    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            out.append(q(k) + '=' + q(v))
        else:
            try:
                items = iter(v)
            except TypeError:
                out.append(q(k) + '=' + q(v))
            else:
                for elt in items:
                    out.append(q(k) + '=' + q(elt))
    return '&'.join(out)

"""string: the character constants, capwords, Template ($-substitution
with substitute/safe_substitute, custom delimiter and idpattern) and
Formatter (format/vformat/parse/get_field/format_field).
"""
import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template
        cls = type(self)
        delim = _re.escape(cls.delimiter)
        idp = cls.idpattern.replace('(?a:', '(?:')
        bid = cls.braceidpattern or idp
        self.pattern = _re.compile(
            '%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))' % (delim, delim, idp, bid),
            cls.flags)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern')
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern')
        return self.pattern.sub(convert, self.template)

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
        return True


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        out = []
        auto = [0]
        for literal, field, spec, conv in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == '':
                field = str(auto[0])
                auto[0] += 1
            obj, _ = self.get_field(field, args, kwargs)
            obj = self.convert_field(obj, conv)
            spec = self.vformat(spec, args, kwargs) if spec and '{' in spec else spec
            out.append(self.format_field(obj, spec or ''))
        return ''.join(out)

    def parse(self, s):
        result = []
        lit = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    # CPython ends the literal run at an escaped brace
                    lit.append('{')
                    result.append((''.join(lit), None, None, None))
                    lit = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = s[i + 1:j - 1]
                conv = None
                spec = ''
                k = 0
                d = 0
                name_end = len(body)
                while k < len(body):
                    if body[k] == '[':
                        d += 1
                    elif body[k] == ']':
                        d -= 1
                    elif d == 0 and body[k] in '!:':
                        name_end = k
                        break
                    k += 1
                name = body[:name_end]
                rest = body[name_end:]
                if rest.startswith('!'):
                    conv = rest[1:2]
                    rest = rest[2:]
                if rest.startswith(':'):
                    spec = rest[1:]
                result.append((''.join(lit), name, spec, conv))
                lit = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    result.append((''.join(lit), None, None, None))
                    lit = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                lit.append(c)
                i += 1
        if lit:
            result.append((''.join(lit), None, None, None))
        return result

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def get_field(self, field_name, args, kwargs):
        m = _re.match(r'([^.\[]*)(.*)', field_name)
        first, rest = m.group(1), m.group(2)
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        for attr, idx in _re.findall(r'\.(\w+)|\[([^\]]+)\]', rest):
            if attr:
                obj = getattr(obj, attr)
            else:
                obj = obj[int(idx) if idx.isdigit() else idx]
        return obj, first

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def format_field(self, value, format_spec):
        return format(value, format_spec)

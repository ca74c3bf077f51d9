"""configparser: ConfigParser, RawConfigParser, SafeConfigParser-free;
SectionProxy; Interpolation, BasicInterpolation (%(name)s),
ExtendedInterpolation (${section:name}); the errors Error,
NoSectionError, DuplicateSectionError, DuplicateOptionError,
NoOptionError, InterpolationError, InterpolationMissingOptionError,
InterpolationSyntaxError, InterpolationDepthError, ParsingError,
MissingSectionHeaderError; DEFAULTSECT, MAX_INTERPOLATION_DEPTH.

Parsers read INI text (read, read_file, read_string, read_dict), give
values (get, getint, getfloat, getboolean with fallback, items, options,
sections, has_section, has_option, defaults), change them (set,
add_section, remove_option, remove_section) and write them back
(write). A parser is also a mapping of SectionProxy objects
(config['section']['key']).

Written in Python from the documentation, with CPython 3.11's error
messages. Differences from CPython: no converters= argument (getint,
getfloat, getboolean only); option values may span lines as in CPython.
"""
import re
import os

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError',
           'NoOptionError', 'InterpolationError', 'InterpolationDepthError',
           'InterpolationMissingOptionError', 'InterpolationSyntaxError',
           'ParsingError', 'MissingSectionHeaderError', 'ConfigParser',
           'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'SectionProxy', 'DEFAULTSECT',
           'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10


# ---- errors --------------------------------------------------------------

class Error(Exception):
    """Base class for configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        msg = [repr(section), ' already exists']
        if source is not None:
            message = ['While reading from ', repr(source)]
            if lineno is not None:
                message.append(' [line {0:2d}]'.format(lineno))
            message.append(': section ')
            message.extend(msg)
            msg = message
        else:
            msg.insert(0, 'Section ')
        Error.__init__(self, ''.join(msg))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        msg = [repr(option), ' in section ', repr(section), ' already exists']
        if source is not None:
            message = ['While reading from ', repr(source)]
            if lineno is not None:
                message.append(' [line {0:2d}]'.format(lineno))
            message.append(': option ')
            message.extend(msg)
            msg = message
        else:
            msg.insert(0, 'Option ')
        Error.__init__(self, ''.join(msg))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        msg = ('Bad value substitution: option {!r} in section {!r} contains '
               'an interpolation key {!r} which is not a valid option name. '
               'Raw value: {!r}'.format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        msg = ('Recursion limit exceeded in value substitution: option {!r} '
               'in section {!r} contains an interpolation key which '
               'cannot be substituted in {} steps. Raw value: {!r}'
               ''.format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    def __init__(self, source=None, filename=None):
        if source is None:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, '
                       'line: %d\n%r' % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


_UNSET = object()


# ---- interpolation -------------------------------------------------------

class Interpolation:
    """No interpolation: values are returned as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class BasicInterpolation(Interpolation):
    """%(name)s refers to another option of the section (or DEFAULT);
    %% is a percent sign."""
    _KEYCRE = re.compile(r'%\(([^)]+)\)s')

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        tmp = value.replace('%%', '')
        tmp = self._KEYCRE.sub('', tmp)
        if '%' in tmp:
            raise ValueError('invalid interpolation syntax in %r at '
                             'position %d' % (value, tmp.find('%')))
        return value

    def _interpolate(self, parser, option, out, rest, section, mapping, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:  # None (an option without value) gives ''
            p = rest.find('%')
            if p < 0:
                out.append(rest)
                return
            if p > 0:
                out.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == '%':
                out.append('%')
                rest = rest[2:]
            elif c == '(':
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        'bad interpolation variable reference %r' % rest)
                var = parser.optionxform(m.group(1))
                rest = rest[m.end():]
                try:
                    v = mapping[var]
                except KeyError:
                    raise InterpolationMissingOptionError(option, section, rawval, var)
                if v is not None and '%' in v:
                    self._interpolate(parser, option, out, v, section, mapping,
                                      depth + 1)
                else:
                    out.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """${name} or ${section:name}; $$ is a dollar sign."""
    _KEYCRE = re.compile(r'\$\{([^}]+)\}')

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        tmp = value.replace('$$', '')
        tmp = self._KEYCRE.sub('', tmp)
        if '$' in tmp:
            raise ValueError('invalid interpolation syntax in %r at '
                             'position %d' % (value, tmp.find('$')))
        return value

    def _interpolate(self, parser, option, out, rest, section, mapping, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find('$')
            if p < 0:
                out.append(rest)
                return
            if p > 0:
                out.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == '$':
                out.append('$')
                rest = rest[2:]
            elif c == '{':
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        'bad interpolation variable reference %r' % rest)
                path = m.group(1).split(':')
                rest = rest[m.end():]
                sect = section
                opt = option
                try:
                    if len(path) == 1:
                        opt = parser.optionxform(path[0])
                        v = mapping[opt]
                    elif len(path) == 2:
                        sect = path[0]
                        opt = parser.optionxform(path[1])
                        v = parser.get(sect, opt, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section,
                            'More than one \':\' found: %r' % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(
                        option, section, rawval, ':'.join(path))
                if '$' in v:
                    self._interpolate(parser, opt, out, v, sect,
                                      dict(parser.items(sect, raw=True)), depth + 1)
                else:
                    out.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))


# ---- parsers -------------------------------------------------------------

class RawConfigParser:
    """INI parser without interpolation (see ConfigParser)."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r'\[(?P<header>.+)\]')
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._proxies = self._dict()
        self._delimiters = tuple(delimiters)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        self._interpolation = interpolation
        self._proxies[default_section] = SectionProxy(self, default_section)
        if defaults:
            self._read_defaults(defaults)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section)
        opts.update(self._defaults)
        return list(opts.keys())

    def read(self, filenames, encoding=None):
        """Read and parse the files that can be opened; return their names."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        lines = string.splitlines(True)
        self._read(lines, source)

    def read_dict(self, dictionary, source='<dict>'):
        elements_added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in elements_added:
                    raise
            elements_added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in elements_added:
                    raise DuplicateOptionError(section, key, source)
                elements_added.add((section, key))
                self.set(section, key, value)

    readfp = read_file

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option in section, interpolated unless raw."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without section: (name, SectionProxy) pairs, DEFAULT first.
        With one: its (option, value) pairs, defaults included."""
        if section is _UNSET:
            return list(self._proxies.items())
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        orig_keys = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(option, d[option]) for option in orig_keys]
        return [(option, self._interpolation.before_get(self, section, option,
                                                        d[option], d))
                for option in orig_keys]

    def popitem(self):
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set option in section (or DEFAULT)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        sectdict[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write an INI representation to the file object fp."""
        if space_around_delimiters:
            d = ' {} '.format(self._delimiters[0])
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write('[{}]\n'.format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ''
            fp.write('{}{}\n'.format(key, value))
        fp.write('\n')

    def remove_option(self, section, option):
        if not section or section == self.default_section:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section)
        option = self.optionxform(option)
        existed = option in sectdict
        if existed:
            del sectdict[option]
        return existed

    def remove_section(self, section):
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    # mapping protocol
    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        yield self.default_section
        for s in list(self._sections.keys()):
            yield s

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def get_section(self, key, default=None):
        return self[key] if key in self else default

    def _strip_comment(self, line):
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return '', True
        if self._inline_comment_prefixes:
            cut = len(line)
            for prefix in self._inline_comment_prefixes:
                i = 0
                while True:
                    i = line.find(prefix, i)
                    if i < 0:
                        break
                    if i == 0 or line[i - 1].isspace():
                        cut = min(cut, i)
                        break
                    i += 1
            line = line[:cut]
        return line.strip(), False

    def _option_match(self, value):
        # option, delimiter, value: the first delimiter wins
        best = -1
        for delim in self._delimiters:
            i = value.find(delim)
            if i >= 0 and (best < 0 or i < best):
                best = i
                found = delim
        if best < 0:
            return value.strip(), None, None
        return value[:best].rstrip(), found, value[best + len(found):].strip()

    def _read(self, fp, fpname):
        elements_added = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        e = None
        for lineno, line in enumerate(fp, start=1):
            value, is_comment = self._strip_comment(line)
            if not value:
                if self._empty_lines_in_values:
                    if (not is_comment and cursect is not None and optname
                            and cursect[optname] is not None):
                        cursect[optname].append('')
                else:
                    indent_level = 1 << 30
                continue
            first_nonspace = len(line) - len(line.lstrip())
            cur_indent_level = first_nonspace
            if (cursect is not None and optname and
                    cur_indent_level > indent_level):
                if cursect[optname] is None:
                    e = self._handle_error(e, fpname, lineno, line)
                else:
                    cursect[optname].append(value)
                continue
            indent_level = cur_indent_level
            mo = self.SECTCRE.match(value)
            if mo:
                sectname = mo.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in elements_added:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    cursect = self._sections[sectname]
                    elements_added.add(sectname)
                elif sectname == self.default_section:
                    cursect = self._defaults
                else:
                    cursect = self._dict()
                    self._sections[sectname] = cursect
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    elements_added.add(sectname)
                optname = None
            elif cursect is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            else:
                opt, vi, optval = self._option_match(value)
                if not opt:
                    e = self._handle_error(e, fpname, lineno, line)
                    continue
                optname = self.optionxform(opt.rstrip())
                if vi is None and not self._allow_no_value:
                    e = self._handle_error(e, fpname, lineno, line)
                    optname = None
                    continue
                if self._strict and (sectname, optname) in elements_added:
                    raise DuplicateOptionError(sectname, optname, fpname, lineno)
                elements_added.add((sectname, optname))
                if vi is not None:
                    cursect[optname] = [optval]
                else:
                    cursect[optname] = None
        self._join_multiline_values()
        if e:
            raise e

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _join_multiline_values(self):
        all_sections = [(self.default_section, self._defaults)]
        all_sections.extend(self._sections.items())
        for section, options in all_sections:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section,
                                                                name, val)

    def _unify_values(self, section, vars):
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        d = dict(self._defaults)
        d.update(sectiondict)
        d.update(vardict)
        return d

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]


class ConfigParser(RawConfigParser):
    """INI parser with BasicInterpolation; set() takes only strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        hold = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = hold

    def _validate_value_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError('option values must be strings')


SafeConfigParser = ConfigParser


class SectionProxy:
    """A view of one section: proxy['key'], proxy.get(...), iteration."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value) \
            if isinstance(self._parser, ConfigParser) else None
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return list(self._parser.defaults())

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.get(self._name, option, raw=raw, vars=vars,
                                fallback=fallback)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getint(self._name, option, raw=raw, vars=vars,
                                   fallback=fallback)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getfloat(self._name, option, raw=raw, vars=vars,
                                     fallback=fallback)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getboolean(self._name, option, raw=raw, vars=vars,
                                       fallback=fallback)

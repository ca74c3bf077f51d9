"""csv: reader, writer, DictReader, DictWriter, Dialect, excel,
excel_tab, unix_dialect, register_dialect, unregister_dialect,
get_dialect, list_dialects, field_size_limit, Error, QUOTE_MINIMAL,
QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE.

Follows CPython 3.11's reading and writing rules (quoted fields with
embedded delimiters, doubled quotes and newlines; escapechar;
skipinitialspace; strict; lineterminator '\\r\\n' by default).
Written in Python. Differences from CPython: no Sniffer; reader and
writer objects are Python classes.
"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect',
           'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect',
           'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = [128 * 1024]


def field_size_limit(*args):
    """Return the field size limit; set it when given an int."""
    old = _field_limit[0]
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = args[0]
    return old


class Dialect:
    """Describes a CSV format (subclass and set the attributes)."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The validated formatting parameters (the reader's/writer's dialect)."""
    _attrs = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
              'skipinitialspace', 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for a in self._attrs:
            if a in kw:
                v = kw.pop(a)
            elif dialect is not None and hasattr(dialect, a):
                v = getattr(dialect, a)
            else:
                v = getattr(excel, a) if a != 'escapechar' else None
            object.__setattr__(self, '_' + a, v)
        if kw:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % next(iter(kw)))
        self._delimiter = _char('delimiter', self._delimiter, False)
        self._escapechar = _char('escapechar', self._escapechar, True)
        self._quotechar = _char('quotechar', self._quotechar, True)
        if not isinstance(self._lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self._quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self._doublequote = bool(self._doublequote)
        self._skipinitialspace = bool(self._skipinitialspace)
        self._strict = bool(self._strict)

    delimiter = property(lambda self: self._delimiter)
    quotechar = property(lambda self: self._quotechar)
    escapechar = property(lambda self: self._escapechar)
    doublequote = property(lambda self: self._doublequote)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    lineterminator = property(lambda self: self._lineterminator)
    quoting = property(lambda self: self._quoting)
    strict = property(lambda self: self._strict)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Params(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        d = _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')
    return d if isinstance(d, _Params) else _Params(d)


def list_dialects():
    return list(_dialects)


# reader states
(_START_RECORD, _START_FIELD, _IN_FIELD, _ESCAPE, _IN_QUOTED,
 _ESCAPE_IN_QUOTED, _QUOTE_IN_QUOTED, _EAT_CRNL) = range(8)


class _Reader:
    def __init__(self, iterable, dialect='excel', **fmtparams):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if len(field) > _field_limit[0]:
            raise Error('field larger than field limit (%d)' % _field_limit[0])
        if (self.dialect.quoting == QUOTE_NONNUMERIC and not self._quoted
                and field != ''):
            field = float(field)
        self._quoted = False
        self._fields.append(field)

    def _add(self, c):
        self._field.append(c)

    def _step(self, c, state):
        d = self.dialect
        quoting_on = d.quoting != QUOTE_NONE
        if state == _EAT_CRNL:
            if c in '\r\n':
                return state
            raise Error('new-line character seen in unquoted field - do you '
                        'need to open the file in universal-newline mode?')
        if state in (_START_RECORD, _START_FIELD):
            if c in '\r\n':
                if state == _START_FIELD:
                    self._save()
                return _EAT_CRNL
            if c == d.quotechar and quoting_on:
                self._quoted = True
                return _IN_QUOTED
            if c == d.escapechar:
                return _ESCAPE
            if c == ' ' and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._add(c)
            return _IN_FIELD
        if state == _IN_FIELD:
            if c in '\r\n':
                self._save()
                return _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPE
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._add(c)
            return _IN_FIELD
        if state == _ESCAPE:
            self._add(c)
            return _IN_FIELD
        if state == _IN_QUOTED:
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED
            if c == d.quotechar and quoting_on:
                return _QUOTE_IN_QUOTED if d.doublequote else _IN_FIELD
            self._add(c)
            return _IN_QUOTED
        if state == _ESCAPE_IN_QUOTED:
            self._add(c)
            return _IN_QUOTED
        # _QUOTE_IN_QUOTED
        if c == d.quotechar and quoting_on:
            self._add(c)
            return _IN_QUOTED
        if c == d.delimiter:
            self._save()
            return _START_FIELD
        if c in '\r\n':
            self._save()
            return _EAT_CRNL
        if not d.strict:
            self._add(c)
            return _IN_FIELD
        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))

    def __next__(self):
        self._fields = []
        self._field = []
        self._quoted = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state == _START_RECORD:
                    raise
                if self.dialect.strict:
                    raise Error('unexpected end of data')
                self._save()
                return self._fields
            self.line_num += 1
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file '
                            'should be opened in text mode)' % type(line).__name__)
            if '\0' in line:
                raise Error('line contains NUL')
            for c in line:
                state = self._step(c, state)
            if state in (_IN_QUOTED, _ESCAPE_IN_QUOTED):
                continue
            if state == _ESCAPE:
                self._add('\n')
                state = _IN_FIELD
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
                self._save()
            return self._fields


def reader(iterable, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of str) of a CSV source: any
    iterable of lines, such as a file opened with newline=''."""
    return _Reader(iterable, dialect, **fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect='excel', **fmtparams):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Params(dialect, **fmtparams)

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            s = ''
        elif isinstance(value, float):
            s = repr(value)
        else:
            s = str(value)
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or value is None
        else:
            quote = False
        special = (d.delimiter, d.escapechar, d.quotechar, '\r', '\n')
        out = []
        for c in s:
            escape = False
            if c in special or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quote = True
                if escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        s = ''.join(out)
        if only and s == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quote = True
        if quote:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        """Write one row (an iterable of fields); returns write()'s result."""
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(f, only) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect='excel', **fmtparams):
    """A writer turning rows into delimited strings on fileobj."""
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

"""email.utils: formatdate, format_datetime, parsedate, parsedate_tz,
parsedate_to_datetime, mktime_tz, parseaddr, formataddr, getaddresses,
make_msgid, quote, unquote (RFC 2822 / 5322 dates and addresses).
"""
import time as _time
import datetime as _datetime

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_TZ = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
       'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = _time.time()
    dt = _datetime.datetime.fromtimestamp(timeval, _datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != _datetime.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _format_timetuple_and_zone(now, zone)


def parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if data[0].endswith(',') or data[0][:3].lower() in [d.lower() for d in _DAYS]:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    mm = mm.lower()
    months = [m.lower() for m in _MONTHS]
    if mm not in months:
        dd, mm = mm, dd.lower()
        if mm not in months:
            return None
    mm = months.index(mm) + 1
    if dd[-1:] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1:] == ',':
        yy = yy[:-1]
    if not yy[0:1].isdigit():
        yy, tz = tz, yy
    if tm[-1:] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 2000 if yy < 69 else 1900
    tzoffset = None
    tz = tz.upper()
    if tz in _TZ:
        tzoffset = _TZ[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return (yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset)


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    import calendar
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return _datetime.datetime(*dtuple[:6])
    return _datetime.datetime(*dtuple[:6], tzinfo=_datetime.timezone(_datetime.timedelta(seconds=tz)))


def parseaddr(addr):
    addr = addr.strip()
    if '<' in addr and addr.endswith('>'):
        name, _, rest = addr.rpartition('<')
        name = name.strip()
        if len(name) >= 2 and name[0] == '"' and name[-1] == '"':
            name = name[1:-1].replace('\\"', '"')
        return name, rest[:-1].strip()
    if '(' in addr and addr.endswith(')'):
        a, _, name = addr.partition('(')
        return name[:-1].strip(), a.strip()
    if ' ' in addr and '@' not in addr:
        return '', addr.split()[0]  # CPython: a bare phrase gives its first word
    if ' ' in addr or '@' not in addr and addr:
        return '', addr if '@' in addr or not ' ' in addr else ''
    return '', addr


def formataddr(pair, charset='utf-8'):
    name, address = pair
    if name:
        special = '()<>@,:;.\"[]'
        if any(c in special for c in name):
            name = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        return '%s <%s>' % (name, address)
    return address


def getaddresses(fieldvalues):
    out = []
    for field in fieldvalues:
        for part in field.split(','):
            if part.strip():
                out.append(parseaddr(part))
    return out


def make_msgid(idstring=None, domain=None):
    import random
    import os as _os
    timeval = int(_time.time() * 100)
    pid = _os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    domain = domain or 'localhost'
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str

import warnings, errno, calendar, uuid, secrets, threading, io, sys
from email.utils import formatdate, parsedate, parsedate_tz, parseaddr, formataddr, parsedate_to_datetime, format_datetime, mktime_tz
import datetime
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
warnings.warn('careful')
sys.stderr = old
print('careful' in buf.getvalue(), 'UserWarning' in buf.getvalue())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('again', RuntimeWarning)
print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter('error')
try:
    warnings.warn('now an error')
except UserWarning as e:
    print('UserWarning raised', e)
warnings.resetwarnings()
print(errno.ENOENT, errno.EEXIST, errno.errorcode[2], errno.errorcode[13])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], calendar.day_abbr[0], calendar.leapdays(2000, 2025))
print(calendar.monthcalendar(2024, 2)[0])
print(formatdate(0, usegmt=True), formatdate(1700000000), parsedate('Tue, 14 Nov 2023 22:13:20 +0000'), parsedate_tz('Tue, 14 Nov 2023 22:13:20 -0500'))
print(parseaddr('Bob Smith <bob@example.com>'), parseaddr('alice@example.com'), formataddr(('Ann B', 'ann@x.org')), formataddr(('', 'n@x')))
dt = parsedate_to_datetime('Wed, 15 Nov 2023 01:02:03 +0200')
print(dt, format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), usegmt=True), mktime_tz(parsedate_tz('Thu, 01 Jan 1970 00:00:10 +0000')))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.urn, uuid.UUID(bytes=u.bytes) == u, uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), len(secrets.token_hex(8)), len(secrets.token_bytes(5)), 0 <= secrets.randbelow(10) < 10, secrets.compare_digest('a', 'a'), len(secrets.token_urlsafe(12)))
results = []
t = threading.Thread(target=lambda a: results.append(a * 2), args=(21,))
t.start()
t.join()
lock = threading.Lock()
with lock:
    held = lock.locked()
ev = threading.Event()
ev.set()
loc = threading.local()
loc.x = 5
print(results, held, lock.locked(), ev.is_set(), loc.x, threading.current_thread().name, threading.active_count())

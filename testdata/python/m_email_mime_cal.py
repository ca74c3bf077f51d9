import email.utils as eu
import mimetypes, calendar, time
from datetime import datetime, timezone, timedelta
for ts in [0, 1e9, 1700000000, 1234567890.75, 2 ** 31]:
    print(eu.formatdate(ts, usegmt=True), '|', eu.formatdate(ts), '|', eu.formatdate(ts, localtime=False))
print(eu.format_datetime(datetime(2024, 2, 29, 23, 59, 59, tzinfo=timezone(timedelta(hours=5, minutes=30)))), eu.format_datetime(datetime(2024, 1, 1)))
for s in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Sat, 01 Jan 2000 00:00:00 GMT', '1 Jan 2000 10:00 +0100', 'Tue, 3 Feb 98 5:06:07 PST', 'garbage', '']:
    print(repr(s), eu.parsedate(s), eu.parsedate_tz(s))
d = eu.parsedate_to_datetime('Sun, 06 Nov 1994 08:49:37 GMT')
print(d, d.tzinfo, d.timestamp(), eu.parsedate_to_datetime('Sun, 06 Nov 1994 08:49:37 -0000').tzinfo)
try:
    eu.parsedate_to_datetime('not a date')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(eu.mktime_tz(eu.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')), calendar.timegm(eu.parsedate('Sun, 06 Nov 1994 08:49:37 GMT')))
for a in ['John Doe <jdoe@machine.example>', '"Smith, Jane" <jane@x.org>', 'bare@host', '<only@angle>', 'Name Only', '', 'a@b (Comment Name)']:
    print(repr(a), eu.parseaddr(a))
print(eu.formataddr(('John Doe', 'jd@x.com')), eu.formataddr(('Smith, Jane', 'j@x.org')), eu.formataddr(('Quote "Q"', 'q@x')), eu.formataddr((None, 'n@x')))
print(eu.getaddresses(['a@b, "C D" <c@d>', 'e@f']), eu.quote('a"b\\c'), eu.unquote('"quoted"'), eu.unquote('<angle>'))
print(len(eu.make_msgid(domain='example.com')) > 20, eu.make_msgid(domain='example.com').endswith('@example.com>'))
# mimetypes
for f in ['index.html', 'style.css', 'app.js', 'data.json', 'photo.JPG', 'doc.pdf', 'a.png', 'x.svg', 'font.woff2', 'v.mp4', 'archive.zip', 'notes.txt', 'page.htm', 'f.xml', 'r.csv', 'icon.ico', 'a.gif', 'x.webp', 'no_ext', 'weird.unknownext', 'a.tar.gz', 'x.gz', 'm.mp3', 'w.wasm']:
    print(f, mimetypes.guess_type(f))
print(mimetypes.guess_type('http://example.com/a/b.png?x=1'), mimetypes.guess_type('/static/css/site.min.css'))
print(mimetypes.guess_extension('application/json'), mimetypes.guess_extension('image/png'), mimetypes.guess_extension('text/html'), mimetypes.guess_extension('no/such'))
print(sorted(mimetypes.guess_all_extensions('image/jpeg')), mimetypes.types_map['.css'], '.js' in mimetypes.types_map)
mimetypes.add_type('application/x-custom', '.cst')
print(mimetypes.guess_type('file.cst'), mimetypes.guess_extension('application/x-custom'))
# calendar
print(calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)), calendar.timegm((2038, 1, 19, 3, 14, 8)), calendar.timegm(time.gmtime(1234567890)), calendar.timegm((2024, 2, 30, 0, 0, 0)))
print([calendar.monthrange(2023, m)[1] for m in range(1, 13)], calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2100))
print(list(calendar.day_name), list(calendar.month_abbr)[:4], calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
print(calendar.monthcalendar(2024, 9))
cal = calendar.Calendar(firstweekday=6)
print([d for d in cal.itermonthdays(2024, 2)][:10], len(list(cal.itermonthdates(2024, 2))))
print(calendar.month(2024, 3))
print(calendar.TextCalendar().formatmonth(2023, 12, w=3).splitlines()[:3])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
print(time.gmtime(86400 * 365), time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1e9)), time.asctime(time.gmtime(0)))

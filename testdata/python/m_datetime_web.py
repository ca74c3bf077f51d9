from datetime import datetime, date, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime, formatdate
import calendar
NOW = datetime(2024, 3, 15, 12, 0, 0, tzinfo=timezone.utc)
def humanize(dt, now=NOW):
    delta = now - dt
    secs = int(delta.total_seconds())
    future = secs < 0
    secs = abs(secs)
    for unit, size in [('year', 365 * 86400), ('month', 30 * 86400), ('week', 7 * 86400), ('day', 86400), ('hour', 3600), ('minute', 60)]:
        if secs >= size:
            n = secs // size
            s = '%d %s%s' % (n, unit, '' if n == 1 else 's')
            return 'in ' + s if future else s + ' ago'
    return 'just now'
for d in [NOW - timedelta(seconds=30), NOW - timedelta(minutes=1), NOW - timedelta(hours=5), NOW - timedelta(days=1, hours=2), NOW - timedelta(days=15), NOW - timedelta(days=70), NOW - timedelta(days=800), NOW + timedelta(hours=3)]:
    print(d.isoformat(), '->', humanize(d))
def http_date(dt):
    return format_datetime(dt.astimezone(timezone.utc), usegmt=True)
print(http_date(NOW), http_date(datetime(2024, 1, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))))
print(formatdate(calendar.timegm(NOW.utctimetuple()), usegmt=True))
ims = parsedate_to_datetime('Fri, 15 Mar 2024 11:00:00 GMT')
print(ims, ims.tzinfo == timezone.utc, NOW > ims, (NOW - ims).seconds)
expires = NOW + timedelta(days=30)
print('expires=' + expires.strftime('%a, %d %b %Y %H:%M:%S GMT'), 'Max-Age=%d' % (expires - NOW).total_seconds())
def parse_iso(s):
    if s.endswith('Z'):
        s = s[:-1] + '+00:00'
    dt = datetime.fromisoformat(s)
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
for s in ['2024-03-15T10:00:00Z', '2024-03-15T10:00:00+05:30', '2024-03-15T10:00:00', '2024-03-15 10:00:00.250-08:00']:
    dt = parse_iso(s)
    print(s, '->', dt.astimezone(timezone.utc).isoformat(), int(dt.timestamp()))
def week_range(d):
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)
print([str(x) for x in week_range(date(2024, 3, 15))], date(2024, 3, 15).isocalendar()[1], date(2024, 12, 30).isocalendar())
def month_bounds(y, m):
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
print([tuple(map(str, month_bounds(2024, m))) for m in (1, 2, 12)])
def business_days(start, end):
    n, d = 0, start
    while d <= end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 3, 31)), business_days(date(2024, 3, 16), date(2024, 3, 17)))
def age(born, today=date(2024, 3, 15)):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 3, 15)), age(date(1990, 3, 16)), age(date(2000, 2, 29)))
slots = []
t = datetime(2024, 3, 15, 9, 0)
while t < datetime(2024, 3, 15, 11, 0):
    slots.append(t.strftime('%H:%M'))
    t += timedelta(minutes=25)
print(slots)
events = [datetime(2024, 3, d, h) for d, h in [(14, 9), (15, 18), (14, 23), (16, 1), (15, 8)]]
from itertools import groupby
print({k.isoformat(): len(list(g)) for k, g in groupby(sorted(events), key=lambda e: e.date())})
tz_ny = timezone(timedelta(hours=-4), 'EDT')
tz_tokyo = timezone(timedelta(hours=9), 'JST')
meeting = datetime(2024, 3, 15, 14, 0, tzinfo=tz_ny)
for tz in (timezone.utc, tz_tokyo, tz_ny):
    local = meeting.astimezone(tz)
    print(local.strftime('%Y-%m-%d %H:%M %Z (%z)'), local.tzname())
print(datetime(2024, 3, 15).strftime('%d/%m/%Y'), datetime.strptime('15/03/2024 14:05', '%d/%m/%Y %H:%M').isoformat(), date.today() > date(2020, 1, 1))
print(sorted([datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2023, 12, 31, 20, tzinfo=tz_ny)]))
print(timedelta(seconds=3725), str(timedelta(seconds=3725)).split(':'), divmod(3725, 60), '%02d:%02d:%02d' % (3725 // 3600, 3725 % 3600 // 60, 3725 % 60))

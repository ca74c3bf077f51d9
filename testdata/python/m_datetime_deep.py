from datetime import date, time, datetime, timedelta, timezone
import calendar
# timedelta normalisation, str/repr
for td in [timedelta(seconds=90061.5), timedelta(days=-1, seconds=5), timedelta(microseconds=-1), timedelta(hours=-25), timedelta(days=400, microseconds=10), timedelta(minutes=1.5), timedelta(0, 0, 1)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(days=1) == timedelta(hours=24), timedelta(hours=1) < timedelta(minutes=61), timedelta(seconds=7) // 2, timedelta(seconds=7) / 2, timedelta(seconds=10) % timedelta(seconds=3))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(hours=3) * 1.5, 2 * timedelta(days=1), timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print('OverflowError', e)
try:
    timedelta(1) + 1
except TypeError as e:
    print('TypeError', e)
# date arithmetic
d = date(2024, 1, 31)
print(d + timedelta(days=1), d - timedelta(days=31), (date(2025, 1, 1) - d).days, d.replace(month=2, day=29), date(2023, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    last = calendar.monthrange(y, m + 1)[1]
    return d.replace(year=y, month=m + 1, day=min(d.day, last))
print([str(add_months(d, k)) for k in (1, 2, 11, 13, -1)])
try:
    d.replace(month=2)
except ValueError as e:
    print('ValueError', e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print('ValueError', e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print('OverflowError', e)
# strftime / strptime
dt = datetime(2024, 7, 4, 9, 5, 3, 7000)
for fmt in ['%Y-%m-%d', '%d/%m/%y', '%H:%M:%S.%f', '%I:%M %p', '%a %A %b %B', '%j %U %W %w', '%c', '%x %X', '%%', '%e' if False else '%d', '%G-W%V-%u', '%y%m%d%H%M']:
    print(fmt, '->', dt.strftime(fmt))
for s, fmt in [('2024-02-29', '%Y-%m-%d'), ('31/12/99', '%d/%m/%y'), ('5:06 PM', '%I:%M %p'), ('Mar 3 2021', '%b %d %Y'), ('Tuesday, 05 March 2024', '%A, %d %B %Y'), ('2024-07-04T09:05:03.000123', '%Y-%m-%dT%H:%M:%S.%f'), ('2024-07-04 09:05 +0530', '%Y-%m-%d %H:%M %z'), ('  2024', ' %Y'), ('12', '%H')]:
    print(repr(s), datetime.strptime(s, fmt))
for s, fmt in [('2023-02-29', '%Y-%m-%d'), ('2024-01-01 extra', '%Y-%m-%d'), ('13:00 PM', '%I:%M %p'), ('abc', '%d')]:
    try:
        datetime.strptime(s, fmt)
    except ValueError as e:
        print('ValueError', e)
# isoformat / fromisoformat round-trips
for v in [datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0, 1), datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), datetime(2024, 5, 6, 7, 8, 9, 500000, timezone.utc)]:
    iso = v.isoformat()
    print(iso, datetime.fromisoformat(iso) == v, v.isoformat(timespec='seconds'), v.isoformat('_', 'minutes'))
print(datetime.fromisoformat('2024-01-02T03:04:05Z'), datetime.fromisoformat('2024-01-02 03:04'), date.fromisoformat('20240102'), time.fromisoformat('04:05:06.123'))
print(datetime.fromisoformat('2011-11-04T00:05:23.283+00:00').tzinfo, datetime.fromisoformat('2024-W01-1') if False else '')
try:
    datetime.fromisoformat('2024-13-01')
except ValueError as e:
    print('ValueError', e)
# timezones
utc = timezone.utc
tz = timezone(timedelta(hours=9), 'JST')
a = datetime(2024, 3, 10, 1, 30, tzinfo=utc)
print(a.astimezone(tz), a.astimezone(tz).utcoffset(), tz.tzname(None), tz.utcoffset(None), timezone(timedelta(0)) == utc, str(timezone(-timedelta(hours=4))))
print(a.timestamp(), datetime.fromtimestamp(a.timestamp(), tz), a.replace(tzinfo=None), a.utctimetuple()[:6], a.timetuple().tm_yday, a.tzname(), a.dst())
naive = datetime(2024, 3, 10, 1, 30)
print(naive.replace(tzinfo=utc) == a, naive.tzinfo, a - datetime(2024, 3, 9, 20, 30, tzinfo=timezone(timedelta(hours=-5))))
try:
    naive - a
except TypeError as e:
    print('TypeError', e)
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print('ValueError', e)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]), max(date(2020, 1, 1), date(2019, 12, 31)))
print(datetime(2024, 1, 1) + timedelta(weeks=52, hours=25), (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, datetime(2024, 1, 1).date() == date(2024, 1, 1))
print(time(12, 30) < time(13), time(0).isoformat(), time(1, 2, 3, 400).isoformat(timespec='microseconds'), bool(time(0)), time(5, tzinfo=utc).utcoffset())
print(date(2024, 1, 1).__format__('%d.%m.%Y'), '{:%Y}'.format(date(1999, 1, 1)), format(datetime(2024, 1, 1, 5), '%H h'), date(2024, 1, 1).timetuple()[:3])

from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2024, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat('2021-12-31'), d.replace(day=1), d.strftime('%A %d %B %Y %j %a %b'), d.ctime())
print(d > date(2024, 1, 1), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)), sorted([date(2020, 5, 1), date(2019, 1, 1)]))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1), timedelta(0))
print(timedelta(weeks=1, milliseconds=1500), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(hours=1) / timedelta(minutes=1), bool(timedelta(0)))
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='milliseconds'), dt.date(), dt.time(), dt.strftime('%Y-%m-%dT%H:%M:%S.%f %p %I'))
print(dt + timedelta(hours=10), dt - timedelta(days=70), dt - datetime(2024, 1, 1), dt.replace(year=2000, microsecond=0), dt.weekday())
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), 'EST')
print(utc, repr(utc), utc.astimezone(est), utc.astimezone(est).tzname(), utc.isoformat(), utc.timestamp(), utc.strftime('%z %Z'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime.fromisoformat('2023-06-01T08:09:10.5+02:00'), datetime.fromisoformat('2023-06-01'))
print(datetime.strptime('2023-07-04 09:05:01', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04/Jul/2023:09:05:01 +0000', '%d/%b/%Y:%H:%M:%S %z'))
print(time(9, 5), repr(time(9, 5, 1, 2)), time(23, 59).isoformat(), time.fromisoformat('10:11:12'), time(1, 2, 3).strftime('%H-%M-%S'))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), timezone.utc, repr(timezone.utc), repr(est), str(timezone(timedelta(hours=5, minutes=30))))
print(utc == datetime(2024, 1, 1, 7, 0, tzinfo=est), utc > datetime(2024, 1, 1, 6, 0, tzinfo=est), dtmod.MINYEAR, dtmod.MAXYEAR, date.max, datetime.min)
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 1, 1) < utc, lambda: datetime.strptime('x', '%Y'), lambda: date.fromisoformat('2023/01/01')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(dt, date), isinstance(d, datetime), f'{d:%Y/%m/%d}', '{:%H:%M}'.format(dt))

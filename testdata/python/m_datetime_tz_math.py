from datetime import datetime, timedelta, timezone, date, time
UTC = timezone.utc
zones = {'UTC': UTC, 'IST': timezone(timedelta(hours=5, minutes=30), 'IST'), 'NPT': timezone(timedelta(hours=5, minutes=45)), 'NST': timezone(-timedelta(hours=3, minutes=30), 'NST'), 'CHAST': timezone(timedelta(hours=12, minutes=45))}
base = datetime(2024, 12, 31, 22, 30, tzinfo=UTC)
for name, tz in zones.items():
    local = base.astimezone(tz)
    print(name.ljust(6), local.isoformat(), local.strftime('%Y-%m-%d %H:%M %z'), local.tzname(), local.utcoffset(), local.date())
print(sorted(base.astimezone(tz) for tz in zones.values()) == [base] * len(zones), len({base.astimezone(tz) for tz in zones.values()}))
a = datetime(2024, 1, 1, 0, 0, tzinfo=zones['IST'])
b = datetime(2023, 12, 31, 18, 30, tzinfo=UTC)
print(a == b, a - b, hash(a) == hash(b), a.utcoffset() - b.utcoffset(), (a.replace(tzinfo=None) - b.replace(tzinfo=None)))
print(repr(zones['IST']), str(zones['NPT']), repr(timezone(timedelta(0))), timezone(timedelta(0)) == UTC, str(timezone(timedelta(hours=-1))), timezone.min, timezone.max)
ts = [0, 1, -1, 86399.999999, 1e9, 2 ** 31 - 1, 1700000000.123456]
for t in ts:
    d = datetime.fromtimestamp(t, UTC)
    print(t, d.isoformat(), d.timestamp() == t or abs(d.timestamp() - t) < 1e-6)
dt = datetime(2024, 3, 10, 12, 0, 0, 999999, tzinfo=UTC)
print(dt + timedelta(microseconds=1), dt - timedelta(days=365), (dt + timedelta(days=1)).weekday(), dt.replace(microsecond=0).isoformat(timespec='seconds'))
print(datetime.combine(date(2024, 2, 29), time(23, 59, 59), tzinfo=zones['NST']).astimezone(UTC), datetime.combine(date(2024, 1, 1), time.min), datetime.combine(date(2024, 1, 1), time.max))
t1 = time(12, 30, tzinfo=zones['IST'])
print(t1, t1.utcoffset(), t1.tzname(), t1.isoformat(), time(7, 0).replace(hour=8), time(1, 2, 3, 456000).isoformat('milliseconds'))
print(datetime(2024, 1, 1, tzinfo=UTC).timetuple()[:6], datetime(2024, 6, 1, 12, tzinfo=zones['IST']).utctimetuple()[:6], datetime(2024, 1, 1).toordinal(), date.fromordinal(738886))
durations = [timedelta(hours=1, minutes=30), timedelta(minutes=45), timedelta(seconds=3600 * 25 + 1), timedelta(days=-1, hours=23)]
print(sum(durations, timedelta()), max(durations), min(durations), sorted(durations)[1], [d.total_seconds() for d in durations])
print(timedelta(hours=1) * 2.5, timedelta(hours=10) / 4, timedelta(hours=10) // 3, timedelta(minutes=100) / timedelta(minutes=30), timedelta(minutes=100) // timedelta(minutes=30), timedelta(minutes=100) % timedelta(minutes=30))
print(abs(timedelta(days=-2, hours=3)), -timedelta(hours=5), +timedelta(1), timedelta(days=1, seconds=-1), timedelta(weeks=-1) < timedelta(0), timedelta(milliseconds=1) == timedelta(microseconds=1000))
start = datetime(2024, 3, 31, 1, 0, tzinfo=UTC)
print([(start + timedelta(hours=h)).astimezone(zones['IST']).strftime('%d %H:%M') for h in range(0, 24, 6)])
def floor_dt(d, minutes):
    discard = timedelta(minutes=d.minute % minutes, seconds=d.second, microseconds=d.microsecond)
    return d - discard
print(floor_dt(datetime(2024, 1, 1, 10, 47, 31, 5), 15), floor_dt(datetime(2024, 1, 1, 10, 0), 60))
print(datetime(2024, 5, 17, 13, 5).strftime('%I:%M %p %A %B %d %Y'), datetime(2024, 5, 17).strftime('%U %W %j %y %C' if False else '%U %W %j %y'), date(2024, 1, 1).isoweekday())

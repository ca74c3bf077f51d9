# Date-range utilities with datetime: month grids, business days, recurring events, ISO weeks.
from datetime import date, datetime, timedelta

def daterange(start, end, step=timedelta(days=1)):
    d = start
    while d < end:
        yield d
        d += step

def month_grid(year, month):
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    days = [None] * first.weekday() + list(range(1, (nxt - first).days + 1))
    days += [None] * (-len(days) % 7)
    return [days[i:i + 7] for i in range(0, len(days), 7)]

def print_month(year, month):
    print(date(year, month, 1).strftime('%B %Y').center(20).rstrip())
    print('Mo Tu We Th Fr Sa Su')
    for week in month_grid(year, month):
        print(' '.join('  ' if d is None else '%2d' % d for d in week).rstrip())

HOLIDAYS = {date(2024, 1, 1), date(2024, 12, 25), date(2024, 12, 26)}

def business_days(start, end):
    return [d for d in daterange(start, end) if d.weekday() < 5 and d not in HOLIDAYS]

def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d

def monthly_on(day, start, count):
    y, m, out = start.year, start.month, []
    while len(out) < count:
        try:
            d = date(y, m, day)
            if d >= start:
                out.append(d)
        except ValueError:
            pass
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out

print_month(2024, 2)
print_month(2023, 10)
bd = business_days(date(2024, 12, 20), date(2025, 1, 3))
print(len(bd), [d.strftime('%a %d') for d in bd])
print(add_business_days(date(2024, 12, 24), 3), add_business_days(date(2024, 3, 29), 1))
print([d.isoformat() for d in monthly_on(31, date(2024, 1, 15), 5)])
print([str(d) for d in daterange(date(2024, 2, 27), date(2024, 3, 2))])
dt = datetime(2024, 3, 10, 14, 5, 9)
print(dt, dt.isoformat(), dt.strftime('%Y-%m-%d %H:%M:%S %j %A %b %p %I'), dt.date(), dt.time())
print(date(2024, 12, 30).isocalendar()[:2], date(2021, 1, 3).isocalendar()[:3], date(2024, 7, 4).toordinal())
delta = datetime(2024, 3, 1, 12) - datetime(2024, 2, 27, 18, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), timedelta(hours=-5), timedelta(weeks=1, minutes=90) // 2)
print(date.fromisoformat('2024-02-29') + timedelta(days=365), datetime.strptime('05/06/2023 07:08', '%d/%m/%Y %H:%M'))
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 1)]), max(date(2020, 1, 1), date(2019, 6, 6)))
print(date(2024, 1, 31).replace(day=15), date.min, date.max, (date(2025, 1, 1) - date(2024, 1, 1)).days)
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError:', e)

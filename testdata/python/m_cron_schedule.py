from datetime import datetime, timedelta, date
import calendar, itertools
def parse_field(spec, lo, hi):
    vals = set()
    for part in spec.split(','):
        step = 1
        if '/' in part:
            part, s = part.split('/')
            step = int(s)
        if part == '*':
            a, b = lo, hi
        elif '-' in part:
            a, b = map(int, part.split('-'))
        else:
            a = b = int(part)
        if a < lo or b > hi or a > b:
            raise ValueError('field %r out of range %d-%d' % (spec, lo, hi))
        vals.update(range(a, b + 1, step))
    return sorted(vals)
class Cron:
    def __init__(self, expr):
        f = expr.split()
        if len(f) != 5:
            raise ValueError('need 5 fields, got %d' % len(f))
        self.minute = parse_field(f[0], 0, 59)
        self.hour = parse_field(f[1], 0, 23)
        self.dom = parse_field(f[2], 1, 31)
        self.month = parse_field(f[3], 1, 12)
        self.dow = parse_field(f[4], 0, 6)
        self.expr = expr
    def matches(self, dt):
        return (dt.minute in self.minute and dt.hour in self.hour and dt.day in self.dom and dt.month in self.month and (dt.isoweekday() % 7) in self.dow)
    def next_runs(self, start, n):
        t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
        out = []
        while len(out) < n:
            if t.month not in self.month:
                y, m = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
                t = datetime(y, m, 1)
                continue
            if t.day not in self.dom or (t.isoweekday() % 7) not in self.dow:
                t = datetime(t.year, t.month, t.day) + timedelta(days=1)
                continue
            if t.hour not in self.hour:
                t = t.replace(minute=0) + timedelta(hours=1)
                continue
            if t.minute in self.minute:
                out.append(t)
            t += timedelta(minutes=1)
        return out
start = datetime(2024, 2, 27, 23, 58)
for expr in ['*/15 * * * *', '0 9 * * 1-5', '30 2 1 * *', '0 0 29 2 *', '5,35 8-9 * 3 0', '0 12 * * 6']:
    c = Cron(expr)
    runs = c.next_runs(start, 4)
    print(expr.ljust(16), [r.strftime('%a %Y-%m-%d %H:%M') for r in runs])
for bad in ['* * *', '60 * * * *', '* 5-2 * * *', '*/x * * * *']:
    try:
        Cron(bad)
    except ValueError as e:
        print('ValueError', e)
print(Cron('0 9 * * 1-5').matches(datetime(2024, 3, 4, 9, 0)), Cron('0 9 * * 1-5').matches(datetime(2024, 3, 3, 9, 0)))
def nth_weekday(year, month, weekday, n):
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return days[n] if n < 0 or n < len(days) else None
print(nth_weekday(2024, 11, calendar.THURSDAY, 3), nth_weekday(2024, 5, calendar.MONDAY, -1), nth_weekday(2024, 2, calendar.FRIDAY, 4))
def last_business_day(y, m):
    d = date(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d
print([str(last_business_day(2024, m)) for m in range(1, 13, 3)])
def every(start, step, until):
    t = start
    while t <= until:
        yield t
        t += step
print([t.strftime('%H:%M') for t in every(datetime(2024, 1, 1, 22, 0), timedelta(minutes=45), datetime(2024, 1, 2, 1, 0))])
print(list(itertools.islice((date(2024, 1, 31) + timedelta(days=30 * i) for i in itertools.count()), 4)))

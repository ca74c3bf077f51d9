from datetime import date, timedelta, datetime
start = date(2024, 1, 31)
months = []
d = start
for _ in range(4):
    d = (d.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    months.append(d.isoformat())
    d = d + timedelta(days=1)
print(months)
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 3, 1) - timedelta(days=1), date(2000, 1, 1).strftime('%a %d %b %Y'))
print([date(2024, 1, d).strftime('%a') for d in range(1, 8)], datetime(2024, 5, 17, 13, 5).strftime('%I:%M %p on %A'))

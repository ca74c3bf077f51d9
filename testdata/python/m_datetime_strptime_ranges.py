from datetime import datetime
for s, f in [('13:00 PM', '%I:%M %p'), ('12:00 AM', '%I:%M %p'), ('12:00 PM', '%I:%M %p'), ('24:00', '%H:%M'), ('23:60', '%H:%M'), ('2024-2-3', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('2024-00-10', '%Y-%m-%d'), (' 5/3/24', '%d/%m/%y'), ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('59:61', '%M:%S'), ('24', '%y'), ('70', '%y'), ('123', '%Y')]:
    try:
        print(repr(s), datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

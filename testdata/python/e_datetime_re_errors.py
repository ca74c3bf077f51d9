# error messages from datetime and re modules
import datetime
import re

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('month 13', lambda: datetime.date(2020, 13, 1))
show('day 32', lambda: datetime.date(2020, 1, 32))
show('feb 30', lambda: datetime.date(2021, 2, 29))
show('leap ok', lambda: datetime.date(2020, 2, 29))
show('year 0', lambda: datetime.date(0, 1, 1))
show('hour 24', lambda: datetime.time(24, 0))
show('minute', lambda: datetime.datetime(2020, 1, 1, 10, 60))
show('strptime', lambda: datetime.datetime.strptime('2020-13-01', '%Y-%m-%d'))
show('strptime mismatch', lambda: datetime.datetime.strptime('2020/01/01', '%Y-%m-%d'))
show('strptime extra', lambda: datetime.datetime.strptime('2020-01-01 x', '%Y-%m-%d'))
show('strptime ok', lambda: datetime.datetime.strptime('2020-01-05 07:08', '%Y-%m-%d %H:%M'))
show('fromisoformat', lambda: datetime.date.fromisoformat('2020-1-5'))
show('iso ok', lambda: datetime.date.fromisoformat('2020-01-05'))
show('date - int', lambda: datetime.date(2020, 1, 1) - 1)
show('date + date', lambda: datetime.date(2020, 1, 1) + datetime.date(2020, 1, 2))
show('date < datetime', lambda: datetime.date(2020, 1, 1) < 5)
show('timedelta', lambda: datetime.timedelta(days=1, hours=-25))
show('td div zero', lambda: datetime.timedelta(1) / 0)
show('td * float', lambda: datetime.timedelta(hours=1) * 1.5)
show('date replace', lambda: datetime.date(2020, 1, 31).replace(month=2))

show('re unbalanced', lambda: re.compile('(abc'))
show('re close', lambda: re.compile('abc)'))
show('re bad repeat', lambda: re.compile('*a'))
show('re bad escape', lambda: re.compile(r'\q'))
show('re bad class', lambda: re.compile('[a-'))
show('re bad range', lambda: re.compile('[z-a]'))
show('re group name', lambda: re.match('(?P<n>a)', 'a').group('m'))
show('re group idx', lambda: re.match('(a)', 'a').group(2))
show('re no match attr', lambda: re.match('x', 'y').group())
show('re sub bad group', lambda: re.sub('(a)', r'\2', 'a'))
show('re ok', lambda: re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host'))
print(issubclass(re.error, Exception))
try:
    re.compile('a(b')
except re.error as e:
    print(e.msg, e.pos, e.pattern)

# pickle of datetime values (CPython's packed byte states), and loads of
# the bytes CPython writes for them
import datetime
import pickle

values = [datetime.date(2020, 1, 2), datetime.date(1, 12, 31),
          datetime.datetime(2024, 2, 29, 13, 45, 7, 123456),
          datetime.datetime(2024, 2, 29, 13, 45, 7, tzinfo=datetime.timezone.utc),
          datetime.datetime(2021, 11, 7, 1, 30, fold=1),
          datetime.time(23, 59, 59, 999999), datetime.time(1, 2, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=-5), 'EST')),
          datetime.time(1, 30, fold=1),
          datetime.timedelta(days=-1, seconds=5, microseconds=7), datetime.timedelta(0),
          datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2)),
          {'created': datetime.datetime(2020, 5, 17, 8, 0), 'ttl': datetime.timedelta(hours=1)}]
for v in values:
    print(repr(v))
    for proto in (0, 2, 3, 4, 5):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(' ', proto, data, back == v, type(back).__name__)
print(pickle.loads(pickle.dumps(datetime.datetime(2021, 11, 7, 1, 30, fold=1), 4)).fold,
      pickle.loads(pickle.dumps(datetime.datetime(2021, 11, 7, 1, 30, fold=1), 2)).fold)
print(pickle.loads(pickle.dumps(datetime.timezone.utc)) is datetime.timezone.utc)
print(datetime.date(b'\x07\xe4\x01\x02'), datetime.datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x01'))

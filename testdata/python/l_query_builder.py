# Fluent query builder over in-memory rows: method chaining, __getattr__ dynamic filters, operator module, sorting stability
import operator
from functools import cmp_to_key, reduce

ROWS = [
    {'id': 1, 'name': 'ann', 'dept': 'eng', 'salary': 120, 'age': 31},
    {'id': 2, 'name': 'bob', 'dept': 'ops', 'salary': 90, 'age': 45},
    {'id': 3, 'name': 'cy', 'dept': 'eng', 'salary': 120, 'age': 28},
    {'id': 4, 'name': 'dee', 'dept': 'sales', 'salary': 70, 'age': 39},
    {'id': 5, 'name': 'eve', 'dept': 'eng', 'salary': 150, 'age': 45},
    {'id': 6, 'name': 'fay', 'dept': 'ops', 'salary': 95, 'age': 23},
]
OPS = {'eq': operator.eq, 'ne': operator.ne, 'lt': operator.lt, 'le': operator.le, 'gt': operator.gt, 'ge': operator.ge,
       'in': lambda a, b: a in b}

class Query:
    def __init__(self, rows):
        self._rows = rows
        self._filters = []
        self._order = []
        self._limit = None
        self._fields = None
    def _clone(self, **changes):
        q = Query(self._rows)
        q._filters, q._order, q._limit, q._fields = list(self._filters), list(self._order), self._limit, self._fields
        for k, v in changes.items():
            setattr(q, '_' + k, v)
        return q
    def where(self, **conds):
        q = self._clone()
        for key, value in conds.items():
            field, _, op = key.partition('__')
            q._filters.append((field, OPS[op or 'eq'], value))
        return q
    def __getattr__(self, name):
        if name.startswith('by_'):
            field = name[3:]
            return lambda value: self.where(**{field: value})
        raise AttributeError(name)
    def order_by(self, *fields):
        return self._clone(order=list(fields))
    def limit(self, n):
        return self._clone(limit=n)
    def only(self, *fields):
        return self._clone(fields=fields)
    def __iter__(self):
        rows = [r for r in self._rows if all(op(r[f], v) for f, op, v in self._filters)]
        for f in reversed(self._order):
            desc = f.startswith('-')
            rows.sort(key=operator.itemgetter(f.lstrip('-')), reverse=desc)
        rows = rows[:self._limit] if self._limit is not None else rows
        if self._fields:
            getter = operator.itemgetter(*self._fields)
            return iter([getter(r) for r in rows])
        return iter(rows)
    def __len__(self):
        return sum(1 for _ in self)
    def __bool__(self):
        return any(True for _ in self)
    def values(self, field):
        return [r[field] for r in self]
    def aggregate(self, field, fn=sum):
        return fn(self.values(field))

q = Query(ROWS)
eng = q.where(dept='eng')
print(len(q), len(eng), eng.values('name'), q.by_dept('ops').values('name'))
print(list(q.where(salary__ge=100).order_by('-salary', 'name').only('name', 'salary')))
print(list(q.order_by('age').only('name')), list(q.order_by('-age', 'id').limit(3).only('id')))
print(list(q.where(dept__in=('ops', 'sales'), age__lt=40).only('name', 'dept')), bool(q.where(age__gt=99)), len(eng.limit(1)))
print(eng.aggregate('salary'), eng.aggregate('age', max), q.aggregate('salary', lambda v: sum(v) / len(v)))
try:
    q.nonexistent
except AttributeError as e:
    print('AttributeError', e)
by_dept = {}
for r in q.order_by('dept', '-salary'):
    by_dept.setdefault(r['dept'], []).append(r['name'])
print(by_dept)
def cmp(a, b):
    return (a['salary'] > b['salary']) - (a['salary'] < b['salary']) or (b['id'] - a['id'])
print([r['id'] for r in sorted(ROWS, key=cmp_to_key(cmp))])
print(sorted(ROWS, key=operator.itemgetter('dept', 'age'))[0]['name'], max(ROWS, key=operator.itemgetter('age'))['name'])
print(reduce(operator.add, q.values('salary')), reduce(lambda acc, r: acc | {r['dept']}, ROWS, set()) == {'eng', 'ops', 'sales'})
stable = sorted(ROWS, key=lambda r: r['salary'] // 50)
print([(r['salary'] // 50, r['id']) for r in stable])
print(list(map(operator.attrgetter('real'), [1, 2.5])), operator.methodcaller('upper')('x'), [operator.neg(x) for x in (1, -2)])

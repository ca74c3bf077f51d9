# A chainable SQL query builder producing parameterized SQL, with immutability, joins, and injection guards.
import re

IDENT = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$')
OPS = {'eq': '=', 'ne': '<>', 'lt': '<', 'lte': '<=', 'gt': '>', 'gte': '>=', 'like': 'LIKE', 'in': 'IN', 'isnull': 'IS'}

def ident(name):
    if not IDENT.match(name):
        raise ValueError('unsafe identifier %r' % name)
    return '"%s"' % name.replace('.', '"."')

class Query:
    def __init__(self, table, **state):
        self.table = table
        self.state = {'cols': ['*'], 'where': [], 'params': [], 'joins': [], 'order': [], 'limit': None, 'offset': None}
        self.state.update(state)
    def _clone(self, **changes):
        new_state = {k: (list(v) if isinstance(v, list) else v) for k, v in self.state.items()}
        new_state.update(changes)
        return Query(self.table, **new_state)
    def select(self, *cols):
        return self._clone(cols=[ident(c) for c in cols] or ['*'])
    def where(self, **conds):
        q = self._clone()
        for key, value in sorted(conds.items()):
            col, _, op = key.partition('__')
            op = op or 'eq'
            if op not in OPS:
                raise ValueError('unknown operator %r' % op)
            if op == 'in':
                values = list(value)
                if not values:
                    q.state['where'].append('1 = 0')
                    continue
                q.state['where'].append('%s IN (%s)' % (ident(col), ', '.join(['?'] * len(values))))
                q.state['params'].extend(values)
            elif op == 'isnull':
                q.state['where'].append('%s IS %sNULL' % (ident(col), '' if value else 'NOT '))
            else:
                q.state['where'].append('%s %s ?' % (ident(col), OPS[op]))
                q.state['params'].append(value)
        return q
    def join(self, table, on_left, on_right, kind='INNER'):
        if kind not in ('INNER', 'LEFT'):
            raise ValueError('bad join kind')
        q = self._clone()
        q.state['joins'].append('%s JOIN %s ON %s = %s' % (kind, ident(table), ident(on_left), ident(on_right)))
        return q
    def order_by(self, *cols):
        return self._clone(order=['%s %s' % (ident(c.lstrip('-')), 'DESC' if c.startswith('-') else 'ASC') for c in cols])
    def __getitem__(self, s):
        if not isinstance(s, slice) or s.step is not None:
            raise TypeError('only simple slices are supported')
        start = s.start or 0
        return self._clone(offset=start or None, limit=None if s.stop is None else s.stop - start)
    def sql(self):
        st = self.state
        parts = ['SELECT %s FROM %s' % (', '.join(st['cols']), ident(self.table))] + st['joins']
        if st['where']:
            parts.append('WHERE ' + ' AND '.join(st['where']))
        if st['order']:
            parts.append('ORDER BY ' + ', '.join(st['order']))
        if st['limit'] is not None:
            parts.append('LIMIT %d' % st['limit'])
        if st['offset'] is not None:
            parts.append('OFFSET %d' % st['offset'])
        return ' '.join(parts), tuple(st['params'])

users = Query('users')
active = users.where(active=True, age__gte=18)
print(users.sql())
print(active.select('id', 'users.email').order_by('-created_at', 'id')[20:30].sql())
print(active.where(role__in=['admin', 'staff'], deleted_at__isnull=True).sql())
print(users.join('orders', 'orders.user_id', 'users.id', kind='LEFT').where(orders__isnull=False, name__like='%ann%')[:5].sql())
print(users.where(id__in=[]).sql(), users.where(id__in=(x * 2 for x in range(3))).sql())
print(active.sql() == users.where(age__gte=18, active=True).sql(), users.state['where'], len(active.state['params']))
for bad in (lambda: users.select('name; DROP TABLE users'), lambda: users.where(age__between=(1, 2)), lambda: users[::2],
            lambda: users['x'], lambda: users.join('t', 'a', 'b', kind='CROSS'), lambda: users.order_by('1=1')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A pagination helper: page math, windows of page links, slicing, cursor-based pages, link headers.
from urllib.parse import urlencode
import math

class Page:
    def __init__(self, items, number, per_page, total):
        self.items, self.number, self.per_page, self.total = items, number, per_page, total
    @property
    def pages(self):
        return max(1, math.ceil(self.total / self.per_page))
    @property
    def has_next(self):
        return self.number < self.pages
    @property
    def has_prev(self):
        return self.number > 1
    @property
    def start_index(self):
        return 0 if not self.total else (self.number - 1) * self.per_page + 1
    @property
    def end_index(self):
        return min(self.number * self.per_page, self.total)
    def window(self, size=2, edges=1):
        last, shown, prev = self.pages, [], 0
        for n in range(1, last + 1):
            if n <= edges or n > last - edges or abs(n - self.number) <= size:
                if n - prev > 1:
                    shown.append(None)
                shown.append(n)
                prev = n
        return ' '.join('...' if n is None else '[%d]' % n if n == self.number else str(n) for n in shown)
    def __repr__(self):
        return '<Page %d of %d>' % (self.number, self.pages)

class Paginator:
    def __init__(self, items, per_page=10):
        if per_page < 1:
            raise ValueError('per_page must be >= 1')
        self.items, self.per_page = list(items), per_page
    def page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise ValueError('page number %r is not an integer' % (number,)) from None
        total = len(self.items)
        last = max(1, -(-total // self.per_page))
        if not 1 <= number <= last:
            raise LookupError('page %d out of range 1..%d' % (number, last))
        start = (number - 1) * self.per_page
        return Page(self.items[start:start + self.per_page], number, self.per_page, total)

def link_header(base, page, **params):
    links = []
    for rel, n in (('first', 1), ('prev', page.number - 1), ('next', page.number + 1), ('last', page.pages)):
        if (rel == 'prev' and not page.has_prev) or (rel == 'next' and not page.has_next):
            continue
        links.append('<%s?%s>; rel="%s"' % (base, urlencode(dict(params, page=n)), rel))
    return ', '.join(links)

def cursor_pages(items, limit, key=lambda x: x):
    cursor = None
    while True:
        batch = [x for x in sorted(items, key=key) if cursor is None or key(x) > cursor][:limit]
        if not batch:
            return
        cursor = key(batch[-1])
        yield cursor, batch

p = Paginator(['item%02d' % i for i in range(1, 96)], per_page=7)
for n in (1, 2, 7, 14, '3'):
    pg = p.page(n)
    print(repr(pg), pg.items[:2], pg.start_index, pg.end_index, pg.has_prev, pg.has_next, '|', pg.window())
print(link_header('/api/items', p.page(5), q='blue shoes', sort='-date'))
print(link_header('/api/items', p.page(1)))
for bad in (0, 15, 'x', None, 2.9):
    try:
        print(repr(p.page(bad)))
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
empty = Paginator([], per_page=5).page(1)
print(repr(empty), empty.items, empty.start_index, empty.end_index, empty.window())
try:
    Paginator([1], per_page=0)
except ValueError as e:
    print(e)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'cherry']
print(list(cursor_pages(words, 3)))
print([c for c, _ in cursor_pages(words, 2, key=len)], math.ceil(95 / 7), -(-95 // 7), math.floor(-0.5))

# API serializers: functools.singledispatch for custom types, json default=, nested objects, partial/lru_cache.
import json
from datetime import date, datetime, timedelta
from functools import singledispatch, partial, lru_cache
from enum import Enum
from collections import OrderedDict, namedtuple

class Color(Enum):
    RED = 'red'
    GREEN = 'green'

Point = namedtuple('Point', 'x y')

class Author:
    def __init__(self, name, born):
        self.name, self.born = name, born

class Book:
    def __init__(self, title, author, tags, published, price_cents, color=Color.RED):
        self.title, self.author, self.tags, self.published = title, author, tags, published
        self.price_cents, self.color = price_cents, color

@singledispatch
def to_json(obj):
    raise TypeError('cannot serialize %s' % type(obj).__name__)

@to_json.register(date)
def _(obj):
    return obj.isoformat()

@to_json.register(datetime)
def _(obj):
    return obj.strftime('%Y-%m-%dT%H:%M:%SZ')

@to_json.register(timedelta)
def _(obj):
    return int(obj.total_seconds())

@to_json.register(Enum)
def _(obj):
    return obj.value

@to_json.register(set)
@to_json.register(frozenset)
def _(obj):
    return sorted(obj)

@to_json.register(Author)
def _(obj):
    return {'name': obj.name, 'born': obj.born}

@to_json.register(Book)
def _(obj):
    return OrderedDict([('title', obj.title), ('author', obj.author), ('tags', obj.tags), ('published', obj.published),
                        ('price', '%d.%02d' % divmod(obj.price_cents, 100)), ('color', obj.color)])

dumps = partial(json.dumps, default=to_json, sort_keys=False)
austen = Author('Jane Austen', date(1775, 12, 16))
book = Book('Emma', austen, {'classic', 'romance'}, date(1815, 12, 23), 1299)
print(dumps(book))
print(dumps({'when': datetime(2024, 1, 2, 3, 4, 5), 'ttl': timedelta(minutes=5), 'c': Color.GREEN, 'p': Point(1, 2)}))
print(dumps([frozenset({3, 1, 2}), None, True, 1.5, 'q"uote']), dumps(book, indent=1).count('\n'))
for bad in (object, complex(1, 2), Author):
    try:
        dumps({'x': bad})
    except TypeError as e:
        print('TypeError', e)
print(to_json.dispatch(datetime).__name__, to_json.registry[date] is not to_json.registry[datetime], len(to_json.registry) >= 8)

class BookEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, Enum, set, Author, Book)):
            return to_json(o)
        return super().default(o)

print(json.dumps(book, cls=BookEncoder, separators=(',', ':'))[:60])
print(json.loads('{"b": [1, 2.0, "x"], "a": null}', object_pairs_hook=OrderedDict))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1.25}', parse_float=lambda s: s + '!'))

@lru_cache(maxsize=2)
def slugify(title):
    print('  (computing %s)' % title)
    return '-'.join(title.lower().split())
print(slugify('Pride and Prejudice'), slugify('Emma'), slugify('Pride and Prejudice'), slugify('Persuasion'), slugify('Emma'))
info = slugify.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slugify.cache_clear()
print(slugify.cache_info().currsize, partial(int, base=2)('1011'), partial(max, 3)(1, 2))

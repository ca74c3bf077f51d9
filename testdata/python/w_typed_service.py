# A typed service layer (typing hints, NamedTuple, Generic repository, Protocol-free duck typing).
from typing import Callable, Dict, Generic, Iterator, List, NamedTuple, Optional, Tuple, TypeVar, Union

T = TypeVar('T')
Handler = Callable[[Dict[str, str]], Tuple[int, str]]

class Product(NamedTuple):
    sku: str
    name: str
    price_cents: int
    tags: Tuple[str, ...] = ()

class Repository(Generic[T]):
    def __init__(self, key: Callable[[T], str]) -> None:
        self._items: Dict[str, T] = {}
        self._key = key
    def add(self, item: T) -> T:
        self._items[self._key(item)] = item
        return item
    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)
    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [v for k, v in sorted(self._items.items()) if pred(v)]
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

def money(cents: Union[int, float]) -> str:
    return '${:,.2f}'.format(cents / 100)

repo: Repository[Product] = Repository(key=lambda p: p.sku)
for sku, name, price, tags in [('A1', 'Mug', 899, ('kitchen',)), ('B2', 'Lamp', 4599, ('home', 'light')),
                               ('C3', 'Pen', 199, ())]:
    repo.add(Product(sku, name, price, tags))

routes: Dict[str, Handler] = {}
def route(path: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        routes[path] = fn
        return fn
    return deco

@route('/product')
def show(params: Dict[str, str]) -> Tuple[int, str]:
    p = repo.get(params.get('sku', ''))
    if p is None:
        return 404, 'no product %r' % params.get('sku')
    return 200, '%s %s %s' % (p.name, money(p.price_cents), ','.join(p.tags) or '-')

@route('/search')
def search(params: Dict[str, str]) -> Tuple[int, str]:
    limit = int(params.get('max', '100000'))
    hits = repo.find(lambda p: p.price_cents <= limit)
    return 200, ' '.join(p.sku for p in hits)

for path, params in [('/product', {'sku': 'B2'}), ('/product', {'sku': 'Z9'}), ('/search', {'max': '1000'}), ('/search', {})]:
    print(path, params, routes[path](params))
p = repo.get('A1')
print(p, p._asdict(), p._replace(price_cents=999).price_cents, Product._fields, Product._field_defaults)
print(show.__annotations__, money.__annotations__['cents'])
print(Optional[int], List[str], Dict[str, int].__origin__, T)

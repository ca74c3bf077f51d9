import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Mapping, MutableMapping, Sequence, Type,
                    TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload,
                    no_type_check, TYPE_CHECKING, get_type_hints, ClassVar, Final, Literal,
                    get_origin, get_args, runtime_checkable, NewType, Annotated)

T = TypeVar('T')
K_co = TypeVar('K_co', covariant=True)
N = TypeVar('N', int, float)
for x in [Any, Optional[int], Union[int, str], Union[int, None], Union[str, int, None],
          Union[int], Union[int, Union[str, int]], List, List[int], List["X"], List[None],
          Dict[str, int], Dict[str, List[Tuple[int, ...]]], Tuple[()], Tuple[int, str],
          Set[bytes], FrozenSet[T], Callable[[int, str], bool], Callable[..., Any],
          Callable[[], None], Iterable[str], Iterator[int], Generator[int, None, str],
          Mapping[str, Any], MutableMapping, Sequence[float], Type[int], ClassVar[int],
          Final[str], Literal[1, 'a', True], Literal['x', 'x'], T, K_co, N, Dict[str, T][int],
          Annotated[int, 'meta'], typing.ForwardRef('Y'), typing.Text, typing.AnyStr]:
    print(repr(x))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Optional[int]) is Union,
      get_origin(int), get_origin(Literal[1]) is Literal, get_origin(Callable[[int], str]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]),
      get_args(int), get_args(Tuple[int, ...]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Optional[int]), isinstance('s', Union[int, float]),
      issubclass(dict, Mapping), isinstance([1], Iterable), isinstance(len, Callable))
for bad in [lambda: isinstance([], List[int]), lambda: List(), lambda: Union[()],
            lambda: isinstance(1, Any), lambda: Generic[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(T.__name__, N.__constraints__, K_co.__covariant__, TypeVar('B', bound='Base').__bound__)

class Stack(Generic[T]):
    def __init__(self, items: List[T]) -> None:
        self.items = items
s = Stack[int]([3])
print(s.items, isinstance(s, Stack), Stack.__name__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): return None
print(isinstance(F(), Closer), isinstance(3, Closer), issubclass(F, Closer))

Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields, p._replace(y=5), Point.__annotations__)
print(NamedTuple('Emp', name=str, id=int)('a', 1))
class Cfg(NamedTuple):
    host: str = 'localhost'
    port: int = 80
    def url(self):
        return 'http://%s:%d' % (self.host, self.port)
print(Cfg(), Cfg('x', 8080).url(), Cfg._fields)

Movie = TypedDict('Movie', {'name': str, 'year': int})
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
Opt = TypedDict('Opt', {'a': int}, total=False)
print(Opt(a=1), Opt.__total__, sorted(Opt.__optional_keys__))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(List[int], 'x'), cast('str', 1), TYPE_CHECKING)

@overload
def conv(x: int) -> int: ...
def conv(x):
    return x
print(conv(4), len(typing.get_overloads(conv)))
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print(type(e).__name__)

print(no_type_check(conv).__no_type_check__)

class Node: pass
def link(a: 'Node', b: Optional['Node'] = None, c: List['Node'] = None) -> None: pass
print(get_type_hints(link))
def plain(a, b: int, *args: str, **kw: float) -> Dict[str, Any]: pass
print(get_type_hints(plain))
print(get_type_hints(Node), get_type_hints(lambda: 0))
try:
    get_type_hints(3)
except TypeError as e:
    print(type(e).__name__, e)

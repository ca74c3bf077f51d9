# PEP 585 generics and PEP 604 unions on builtin types, as used in annotations
from __future__ import annotations
import collections.abc as cabc
def total(items: list[int], scale: float | None = None) -> dict[str, float]:
    s = sum(items) * (scale or 1)
    return {"total": s}
print(total([1, 2, 3]), total([1], 2.5), sorted(total.__annotations__))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__ is list)
print(int | str, type(None) | int, isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float))
Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
print(isinstance({}, dict), list[int]([1, 2]), dict[str, int](a=1))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance({}.keys(), cabc.KeysView))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(len, cabc.Callable))

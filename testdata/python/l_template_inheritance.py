# Template-method inheritance, abstract methods (abc), overriding and extending
from abc import ABC, abstractmethod

class Exporter(ABC):
    sep = ','
    def __init__(self, rows):
        self.rows = rows
    def export(self):
        parts = [self.header()]
        parts.extend(self.format_row(r) for r in self.rows if self.include(r))
        parts.append(self.footer())
        return '\n'.join(p for p in parts if p is not None)
    @abstractmethod
    def format_row(self, row):
        ...
    def header(self):
        return None
    def footer(self):
        return None
    def include(self, row):
        return True

class CSV(Exporter):
    def header(self):
        return self.sep.join(self.rows[0].keys()) if self.rows else ''
    def format_row(self, row):
        return self.sep.join(str(v) for v in row.values())

class TSV(CSV):
    sep = '\t'

class Markdown(CSV):
    sep = ' | '
    def header(self):
        h = super().header()
        return '| %s |\n|%s|' % (h, '---|' * len(self.rows[0]))
    def format_row(self, row):
        return '| %s |' % super().format_row(row)
    def footer(self):
        return '(%d rows)' % sum(1 for r in self.rows if self.include(r))

class ActiveOnly(Markdown):
    def include(self, row):
        return row.get('active', True)

rows = [{'name': 'ann', 'age': 31, 'active': True}, {'name': 'bob', 'age': 25, 'active': False}, {'name': 'cy', 'age': 40, 'active': True}]
for cls in (CSV, TSV, Markdown, ActiveOnly):
    print('==', cls.__name__)
    print(cls(rows).export())
try:
    Exporter(rows)
except TypeError as e:
    print('TypeError', e)

class Incomplete(Exporter):
    pass
try:
    Incomplete([])
except TypeError as e:
    print('TypeError', e)

class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        pass
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area)
    def __lt__(self, other):
        return self.area < other.area
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r ** 2
shapes = sorted([Sq(3), Circle(1), Sq(1.5), Circle(2)])
print([s.describe() for s in shapes])
print(isinstance(Sq(1), Shape), issubclass(Circle, ABC), Shape.__abstractmethods__ == frozenset({'area'}), sorted(Exporter.__abstractmethods__))

class Base:
    def greet(self):
        return 'base greet from ' + self.name()
    def name(self):
        return 'Base'
class Mid(Base):
    def name(self):
        return 'Mid'
class Leaf(Mid):
    def greet(self):
        return super().greet().upper() + '!'
print(Base().greet(), Mid().greet(), Leaf().greet())
class NotImpl:
    def run(self):
        raise NotImplementedError('subclass must implement run')
try:
    NotImpl().run()
except NotImplementedError as e:
    print('NotImplementedError', e, isinstance(e, RuntimeError))

class Record:
    fields = ('name', 'age')
    def __init__(self, *args, **kwargs):
        for f, v in zip(self.fields, args):
            setattr(self, f, v)
        for f, v in kwargs.items():
            setattr(self, f, v)
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, getattr(self, f, None)) for f in self.fields))
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def asdict(self):
        return {f: getattr(self, f) for f in self.fields}
class Person(Record):
    fields = ('name', 'age', 'email')
p = Person('ann', 30, email='a@x')
print(p, p.asdict(), p == Person('ann', 30, 'a@x'), p == Person('bob', 1, ''), Record('x'))

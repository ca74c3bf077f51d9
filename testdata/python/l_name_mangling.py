# Private name mangling: identifiers __x inside a class body become _Class__x.
class Account:
    __count = 0

    def __init__(self, owner, balance=0):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count

    def peek(self, other):
        return other.__balance

a = Account("ann", 10)
b = Account("bob", 5)
print(a.reveal(), a.balance, Account.count(), a.peek(b))
print(sorted(k for k in vars(a)))
print('_Account__count' in Account.__dict__, '__count' in Account.__dict__)
print(hasattr(a, '__secret'), hasattr(a, '_Account__secret'))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__owner)
print(Account._Account__secret.__name__, Account._Account__secret.__qualname__)

# subclasses have their own private namespace
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 100)
        self.__balance = -1
    def both(self):
        return self.__balance, self.balance

s = Savings("sue")
print(s.both(), sorted(vars(s)))

# leading underscores of the class name are stripped
class _Hidden:
    def __init__(self):
        self.__v = 1
class ___:
    def __init__(self):
        self.__v = 2
print(sorted(vars(_Hidden())), sorted(vars(___())))

# dunder names and names with a dot are not mangled
class D:
    __slots_like__ = 1
    def __repr__(self):
        return "D()"
print(D.__slots_like__, repr(D()))

# mangling reaches nested functions, lambdas, comprehensions and arguments
class N:
    def __init__(self):
        self.__items = [1, 2, 3]
    def doubled(self):
        return [x * 2 for x in self.__items]
    def adder(self):
        def inner(n):
            return sum(self.__items) + n
        return inner
    def key(self):
        return (lambda: self.__items[-1])()
    def args(self, __a, b=2):
        return __a + b
n = N()
print(n.doubled(), n.adder()(10), n.key(), n.args(1), n.args(_N__a=5))
import inspect
print(list(inspect.signature(N.args).parameters))

# nested classes mangle with their own name
class Outer:
    class __Inner:
        def __init__(self):
            self.__z = 9
    def make(self):
        return self.__Inner()
o = Outer().make()
print(type(o).__name__, sorted(vars(o)), hasattr(Outer, '_Outer__Inner'))

# getattr with a string is not mangled
class G:
    def __init__(self):
        self.__p = 'p'
    def get(self):
        return getattr(self, '__p', 'missing'), getattr(self, '_G__p')
print(G().get())

# module-level private names are not mangled outside classes
__modpriv = 'mod'
def f():
    return __modpriv
print(f())

# __slots__ names are mangled too
class S:
    __slots__ = ('__x', 'y')
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
print(S().get(), sorted(k for k in S.__dict__ if not k.startswith('__')))
# global/nonlocal in a class method
class Gl:
    def set(self):
        global __gv
        __gv = 'g'
Gl().set()
print(sorted(k for k in globals() if 'gv' in k))
# keyword-only parameters are mangled, defaults included
class KW:
    def m(self, *, __k=1, j=2):
        return __k + j
    def n(self):
        def inner(*, __q=5):
            return __q
        return inner()
print(KW().m(), KW().m(_KW__k=10), KW().n())
try:
    KW().m(__k=3)
except TypeError as e:
    print(e)

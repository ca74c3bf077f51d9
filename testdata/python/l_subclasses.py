class Plugin: pass
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
D = type('D', (Plugin,), {})
print([c.__name__ for c in Plugin.__subclasses__()], [c.__name__ for c in A.__subclasses__()], C.__subclasses__())
print('__gowsgi_subclasses__' in vars(Plugin), '__gowsgi_subclasses__' in dir(Plugin), len(vars(Plugin)) == len(list(vars(Plugin))))
def all_subclasses(cls):
    return {s for c in cls.__subclasses__() for s in [c] + list(all_subclasses(c))}
print(sorted(c.__name__ for c in all_subclasses(Plugin)))

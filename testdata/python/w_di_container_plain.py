# A dependency-injection container: providers, singletons, scopes, cycle detection by annotations.
EMPTY = object()

def parameters(fn):
    if isinstance(fn, type):
        fn = fn.__init__
        skip = 1
    else:
        skip = 0
    code = fn.__code__
    names = code.co_varnames[skip:code.co_argcount]
    defaults = fn.__defaults__ or ()
    padded = (EMPTY,) * (len(names) - len(defaults)) + tuple(defaults)
    ann = fn.__annotations__
    return [(n, ann.get(n, EMPTY), d) for n, d in zip(names, padded)]

class ResolutionError(Exception):
    pass

class Container:
    def __init__(self, parent=None):
        self.parent = parent
        self.providers = {}
        self.instances = {}
        self._resolving = []

    def register(self, key, factory=None, singleton=False):
        def deco(fn):
            self.providers[key] = (fn, singleton)
            return fn
        return deco(factory) if factory is not None else deco

    def value(self, key, obj):
        self.instances[key] = obj

    def _lookup(self, key):
        c = self
        while c is not None:
            if key in c.instances:
                return 'instance', c.instances[key], c
            if key in c.providers:
                return 'provider', c.providers[key], c
            c = c.parent
        raise ResolutionError('no provider for %s' % getattr(key, '__name__', key))

    def resolve(self, key):
        kind, item, owner = self._lookup(key)
        if kind == 'instance':
            return item
        factory, singleton = item
        if key in self._resolving:
            chain = self._resolving[self._resolving.index(key):] + [key]
            raise ResolutionError('cycle: ' + ' -> '.join(getattr(k, '__name__', k) for k in chain))
        self._resolving.append(key)
        try:
            kwargs = {}
            for name, annotation, default in parameters(factory):
                dep = annotation if annotation is not EMPTY else name
                try:
                    kwargs[name] = self.resolve(dep)
                except ResolutionError:
                    if default is EMPTY:
                        raise
                    kwargs[name] = default
            obj = factory(**kwargs)
        finally:
            self._resolving.pop()
        if singleton:
            owner.instances[key] = obj
        return obj

    def scope(self):
        return Container(parent=self)

class Settings:
    def __init__(self, dsn):
        self.dsn = dsn

class Database:
    count = 0
    def __init__(self, settings: Settings):
        Database.count += 1
        self.dsn = settings.dsn
    def __repr__(self):
        return 'Database(%r)' % self.dsn

class UserRepo:
    def __init__(self, db: Database, table='users'):
        self.db, self.table = db, table

class RequestCtx:
    def __init__(self, request_id):
        self.request_id = request_id

class Handler:
    def __init__(self, repo: UserRepo, ctx: RequestCtx, retries=3):
        self.repo, self.ctx, self.retries = repo, ctx, retries
    def describe(self):
        return 'handler[%s] %s.%s retries=%d' % (self.ctx.request_id, self.repo.db, self.repo.table, self.retries)

root = Container()
root.value('dsn', 'sqlite:///:memory:')
root.register(Settings, Settings, singleton=True)
root.register(Database, Database, singleton=True)
root.register(UserRepo)(UserRepo)
root.register(Handler, Handler)
for rid in ('req-1', 'req-2'):
    scope = root.scope()
    scope.register(RequestCtx, lambda: RequestCtx(rid))
    h = scope.resolve(Handler)
    print(h.describe(), h.repo is scope.resolve(UserRepo), h.repo.db is scope.resolve(Database))
print('databases created:', Database.count, sorted(k.__name__ for k in root.instances if isinstance(k, type)))
try:
    root.resolve(Handler)
except ResolutionError as e:
    print('ResolutionError:', e)
@root.register('a')
def make_a(b): return 'A' + b
@root.register('b')
def make_b(c): return 'B' + c
@root.register('c')
def make_c(a): return 'C' + a
try:
    root.resolve('a')
except ResolutionError as e:
    print('ResolutionError:', e)
print(root._resolving, [(n, getattr(a, '__name__', a), d is EMPTY) for n, a, d in parameters(Handler) if a is not EMPTY], parameters(make_a)[0][0])
print(Handler.__init__.__code__.co_argcount, Handler.__init__.__defaults__, make_a.__code__.co_varnames, make_a.__name__)

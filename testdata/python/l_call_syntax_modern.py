# Call syntax (PEP 448) and arity error messages, continue in finally
def g(*args, **kw):
    return args, sorted(kw.items())
defaults = {'timeout': 5, 'retries': 2}
print(g(**defaults, verbose=True))
print(g(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3))
print(g(*'ab', **defaults, **{'extra': None}))
try:
    g(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    g(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError', e)

class Api:
    def call(self, endpoint, *, method='GET'):
        return method + ' ' + endpoint
    @classmethod
    def build(cls, a, b):
        return cls()
api = Api()
for bad in (lambda: api.call(), lambda: api.call('x', 'POST'), lambda: api.call('x', verb=1), lambda: Api.build(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

out = []
for i in range(5):
    try:
        if i == 3:
            raise ValueError(i)
        out.append(i)
    except ValueError:
        out.append('err')
    finally:
        if i % 2:
            continue
        out.append('f%d' % i)
print(out)

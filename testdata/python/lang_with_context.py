class Resource:
    log = []
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        Resource.log.append('enter ' + self.name)
        if self.fail:
            raise RuntimeError('enter failed ' + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        Resource.log.append('exit %s %s' % (self.name, exc_type.__name__ if exc_type else None))
        return self.name == 'swallow'
with Resource('a') as a, Resource('b') as b:
    Resource.log.append('body %s %s' % (a, b))
print(Resource.log)
Resource.log = []
with Resource('swallow'):
    raise ValueError('hidden')
print(Resource.log)
Resource.log = []
try:
    with Resource('outer'):
        with Resource('inner', fail=True):
            pass
except RuntimeError as e:
    print('RuntimeError', e, Resource.log)
Resource.log = []
def early():
    with Resource('ret'):
        return 'returned'
print(early(), Resource.log)
Resource.log = []
for i in range(3):
    with Resource('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.log)

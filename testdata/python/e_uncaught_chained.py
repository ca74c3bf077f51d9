# ends with an uncaught exception that has a __cause__ chain (stdout + exit 1 compared)

class StorageError(Exception):
    pass

def read_record(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError(f'record {key!r} missing') from e

store = {'a': {'v': 1}, 'b': {'v': 2}}
for key in ['a', 'b']:
    print(key, read_record(store, key))
try:
    read_record(store, 'zz')
except StorageError as e:
    print('handled:', e, '| cause:', repr(e.__cause__))

def summarize(keys):
    total = 0
    for k in keys:
        total += read_record(store, k)['v']
        print('partial', total)
    return total

print('total', summarize(['a', 'b']))
print('now failing...')
summarize(['b', 'c', 'a'])
print('not reached')

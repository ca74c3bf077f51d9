# continue/break inside finally and inside try bodies under a finally (3.8+)
import sys
def retry(attempts):
    log = []
    for i in range(attempts):
        try:
            if i % 2 == 0:
                raise ValueError(i)
            log.append('ok %d' % i)
        finally:
            log.append('finally %d %s' % (i, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None))
            continue
    return log, sys.exc_info()
print(retry(4))

def mixed(items):
    out = []
    for x in items:
        try:
            if x == 'skip':
                continue
            if x == 'stop':
                break
            if x == 'ret':
                return out, 'returned'
            out.append(x)
        finally:
            out.append('f')
            if x == 'swallow':
                continue
    return out, 'end'
print(mixed(['a', 'skip', 'b', 'stop', 'c']))
print(mixed(['a', 'ret', 'b']))
print(mixed(['swallow', 'a']))

def while_loop():
    n = 0
    seen = []
    while n < 5:
        n += 1
        try:
            if n == 3:
                return 'never'
        finally:
            seen.append(n)
            if n == 3:
                continue
            if n == 4:
                break
    else:
        seen.append('else')
    return seen
print(while_loop())

def nested():
    out = []
    for i in range(2):
        for j in range(3):
            try:
                try:
                    raise KeyError(j)
                finally:
                    if j == 1:
                        continue
                    out.append((i, j))
            except KeyError as e:
                out.append('caught %s' % e)
            finally:
                if j == 2:
                    continue
    return out
print(nested())

def gen():
    for i in range(4):
        try:
            yield i
        finally:
            if i == 1:
                continue
    yield 'end'
print(list(gen()))

for i in range(3):
    try:
        1 / (i - 1)
    finally:
        print('module level', i)
        continue

def exc_in_finally():
    try:
        try:
            raise KeyError('original')
        finally:
            print('in finally', repr(sys.exc_info()[1]))
            raise TypeError('from finally')
    except TypeError as e:
        return repr(e.__context__), repr(sys.exc_info()[1])
print(exc_in_finally(), sys.exc_info())
def bare_raise_in_finally():
    try:
        try:
            raise OSError('disk')
        finally:
            pass
    except OSError:
        try:
            raise
        except OSError as e:
            return 'reraised ' + str(e)
print(bare_raise_in_finally())

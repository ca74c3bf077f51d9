# try/finally ordering, finally overriding return, nested handlers and handler order

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


log = []

def with_finally(fail):
    try:
        log.append('try')
        if fail:
            raise KeyError('k')
        return 'ret'
    finally:
        log.append('finally')

show('finally ok', lambda: with_finally(False))
show('finally fail', lambda: with_finally(True))
print(log)

def finally_overrides():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'

show('override', finally_overrides)

def nested():
    try:
        try:
            {}['x']
        except KeyError:
            print('inner caught')
            raise
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', type(e).__name__, e)
        return 'done'

show('nested', nested)

def order(v):
    try:
        v()
    except (KeyError, IndexError) as e:
        return 'lookup-pair ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except Exception as e:
        return 'exception ' + type(e).__name__
    else:
        return 'no error'

print(order(lambda: [][1]), order(lambda: {}[1]), order(lambda: 1 / 0), order(lambda: 1))
try:
    try:
        raise TypeError('first')
    except TypeError as inner:
        raise ValueError('second') from inner
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e)

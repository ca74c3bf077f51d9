# control flow through finally: return/break/continue overriding exceptions, errors in handlers

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e, '| context:', type(e.__context__).__name__ if e.__context__ else None)

def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f'loop broke at {i}'

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen

def return_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'

def error_in_except():
    try:
        raise KeyError('original')
    except KeyError:
        raise ValueError('from handler')

def error_in_finally():
    try:
        raise KeyError('original')
    finally:
        raise TypeError('from finally')

def error_in_else():
    try:
        pass
    except Exception:
        return 'no'
    else:
        raise IndexError('from else')

def nested_finally_order():
    order = []
    try:
        try:
            order.append('inner try')
            raise RuntimeError('x')
        finally:
            order.append('inner finally')
    except RuntimeError:
        order.append('outer except')
    finally:
        order.append('outer finally')
    return order

def finally_sees_value():
    result = 'unset'
    try:
        result = 'set in try'
        return result
    finally:
        result = 'changed in finally'

def while_else_with_exc():
    n = 0
    while n < 3:
        n += 1
        try:
            if n == 2:
                raise ValueError
        except ValueError:
            continue
    else:
        return f'else ran, n={n}'

def generator_finally():
    log = []

    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append('gen finally')
    g = gen()
    log.append(next(g))
    g.close()
    log.append('closed')
    return log

for fn in [break_swallows, continue_in_finally, return_overrides_return, error_in_except,
           error_in_finally, error_in_else, nested_finally_order, finally_sees_value,
           while_else_with_exc, generator_finally]:
    show(fn.__name__, fn)

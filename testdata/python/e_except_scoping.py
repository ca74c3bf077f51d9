# except-clause variable scoping, bare except, re-raise, handler order and else/finally

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def name_cleared():
    try:
        raise ValueError('v')
    except ValueError as err:
        kept = err
    return kept, 'err' in dir()

show('cleared', name_cleared)

def use_after():
    err = 'before'
    try:
        raise KeyError('x')
    except KeyError as err:
        pass
    return err

show('use after', use_after)

def bare(fn):
    try:
        fn()
    except:
        return 'bare caught'
    return 'nothing'

print(bare(lambda: 1 / 0), bare(lambda: None), bare(lambda: [][0]))

def first_match(fn):
    try:
        fn()
    except Exception:
        return 'Exception'
    except ValueError:
        return 'ValueError (unreachable)'

print(first_match(lambda: int('x')))

def sequence(fail):
    events = []
    try:
        events.append('try')
        if fail:
            raise IndexError('i')
    except IndexError:
        events.append('except')
    else:
        events.append('else')
    finally:
        events.append('finally')
    events.append('after')
    return events

print(sequence(False), sequence(True))

def reraise_other():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError(f'wrapped: {e}')

show('wrap', reraise_other)

def reraise_bare():
    try:
        [].pop()
    except IndexError:
        raise

show('bare raise', reraise_bare)

def raise_from_none():
    try:
        int('q')
    except ValueError:
        raise TypeError('clean') from None

try:
    raise_from_none()
except TypeError as e:
    print('from None', e, e.__cause__, e.__suppress_context__)

def dynamic_tuple(kinds):
    try:
        [][1]
    except kinds as e:
        return 'caught ' + type(e).__name__
    except Exception:
        return 'fallback'

print(dynamic_tuple((KeyError, IndexError)), dynamic_tuple(LookupError), dynamic_tuple(()))

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out

print(loop_control())

def return_in_try():
    try:
        return 'try'
    finally:
        print('  finally runs before return')

print(return_in_try())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print('retry after', e)
print('count', count)

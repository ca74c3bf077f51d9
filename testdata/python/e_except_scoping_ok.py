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
    return kept, 'err' in locals()

show('cleared', name_cleared)

def use_after():
    err = 'before'
    try:
        raise KeyError('x')
    except KeyError as err:
        pass
    return 'err' in locals()

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


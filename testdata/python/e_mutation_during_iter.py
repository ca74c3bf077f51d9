# RuntimeError when containers change size during iteration, and safe alternatives

def show(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, type(e).__name__, e)

def dict_add():
    d = {'a': 1, 'b': 2}
    for k in d:
        d[k + k] = 0
    return d

def dict_del():
    d = {'a': 1, 'b': 2, 'c': 3}
    for k in d:
        if k == 'a':
            del d[k]
    return d

def dict_update_existing():
    d = {'a': 1, 'b': 2}
    for k in d:
        d[k] *= 10
    return d

def dict_safe_delete():
    d = {'a': 1, 'b': 2, 'c': 3}
    for k in list(d):
        if d[k] % 2:
            del d[k]
    return d

def set_add():
    s = {1, 2, 3}
    for x in s:
        s.add(x * 10)
    return s

def set_safe():
    s = {1, 2, 3, 4}
    for x in set(s):
        if x % 2:
            s.discard(x)
    return s

def list_append_bounded():
    lst = [1, 2, 3]
    for x in lst:
        if len(lst) < 6:
            lst.append(x * 10)
    return lst

def list_remove_skips():
    lst = [2, 4, 5, 6, 8]
    for x in lst:
        if x % 2 == 0:
            lst.remove(x)
    return lst

def values_view():
    d = {'x': 1}
    for v in d.values():
        d['y'] = v
    return d

def items_view():
    d = {'x': 1, 'y': 2}
    for k, v in d.items():
        d.pop('y', None)
    return d

show('dict add', dict_add)
show('dict del', dict_del)
show('dict update', dict_update_existing)
show('dict safe', dict_safe_delete)
show('set add', set_add)
show('set safe', set_safe)
show('list append', list_append_bounded)
show('list remove', list_remove_skips)
show('values', values_view)
show('items', items_view)
d = {i: i * i for i in range(5)}
print({k: v for k, v in d.items() if v > 3})
evens = [x for x in range(10) if x % 2 == 0]
print(evens, [x for x in evens[:] if x > 2])

for bad in ([1], {'a': 1}, {1, 2}):
    try:
        {bad: 1}
    except TypeError as e:
        print('TypeError', e)
try:
    d = {}
    d[[1, 2]] = 3
except TypeError as e:
    print('TypeError', e)
x = {'a': 1, 'b': 2}
try:
    for k in x:
        x['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
r = {}
r['self'] = r
print(r)
print({1: 'a'} == {1.0: 'a'}, {True: 1} == {1: 1})

# uncaught error escaping nested with-blocks: __exit__ and finally output must appear first

class Section:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('open', self.name)
        return self

    def __exit__(self, et, ev, tb):
        print('close', self.name, 'with', et.__name__ if et else 'no error', ev)
        return False

def load(rows):
    out = []
    with Section('file'):
        for r in rows:
            with Section(f'row{r}'):
                out.append(100 // r)
    return out

print(load([1, 2, 5]))
try:
    load([4, 0])
except ZeroDivisionError:
    print('caught once')
try:
    with Section('outer'):
        print('body runs')
finally:
    print('finally after outer')
with Section('main'):
    try:
        load([3, 'x'])
    finally:
        print('inner finally')
print('unreachable')

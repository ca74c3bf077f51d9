# Generators interacting with try/finally, with-blocks, explicit close, return inside try
log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('open ' + self.name)
        return self
    def __exit__(self, *exc):
        log.append('close %s %s' % (self.name, exc[0].__name__ if exc[0] else None))
        return False

def reader(name, n):
    with Res(name):
        for i in range(n):
            yield '%s%d' % (name, i)

g = reader('f', 3)
print(next(g), next(g), log)
g.close()
print(log); log.clear()

print(list(reader('h', 2)), log); log.clear()

def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ran')

fg = finally_gen()
for v in fg:
    if v == 1:
        break
fg.close()
print(log); log.clear()

def gen_with_return():
    try:
        yield 'a'
        return 'early'
    finally:
        log.append('cleanup after return')
gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print('stop', e.value, log)
log.clear()

def catching():
    while True:
        try:
            x = yield
            log.append('got %r' % (x,))
        except KeyError as e:
            log.append('keyerror %s' % e)
        except GeneratorExit:
            log.append('exit')
            return
c = catching()
next(c)
c.send(1)
c.throw(KeyError('k'))
c.send(2)
c.close()
print(log); log.clear()

def throw_into_finished():
    yield 1
t = throw_into_finished()
list(t)
try:
    t.throw(ValueError('late'))
except ValueError as e:
    print('ValueError propagated', e)
print(next(t, 'exhausted'))

def not_started():
    try:
        yield 1
    finally:
        log.append('never runs')
ns = not_started()
ns.close()
print(log, list(ns))
try:
    not_started().throw(IndexError('unstarted'))
except IndexError as e:
    print('IndexError', e)

def delegating():
    try:
        yield from reader('d', 3)
    finally:
        log.append('delegating finally')
dg = delegating()
print(next(dg), next(dg))
dg.close()
print(log); log.clear()

def running():
    me = yield 'ready'
    try:
        next(me)
    except ValueError as e:
        yield 'ValueError: ' + str(e)
r = running()
next(r)
print(r.send(r))
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, next(gs), next(gs, None), gs.gi_frame)

import contextvars, threading
request_id = contextvars.ContextVar('request_id', default='none')
user = contextvars.ContextVar('user')
print(request_id.get(), request_id.name)
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e).__name__)
print(user.get('anon'))
t = request_id.set('r1')
print(request_id.get(), t.old_value is contextvars.Token.MISSING, t.var is request_id)
ctx = contextvars.copy_context()
request_id.set('r2')
print(request_id.get(), ctx[request_id], request_id in ctx, len(ctx) >= 1)
def inside(x):
    request_id.set('in-run')
    return request_id.get() + x
print(ctx.run(inside, '!'), request_id.get(), ctx[request_id])
request_id.reset(t)
print(request_id.get())
try:
    request_id.reset(t)
except RuntimeError as e:
    print('RuntimeError')
seen = []
def worker():
    seen.append(request_id.get())
    request_id.set('thread')
    seen.append(request_id.get())
request_id.set('main')
th = threading.Thread(target=worker); th.start(); th.join()
print(seen, request_id.get())
try:
    ctx.run(ctx.run, print, 'x')
except RuntimeError as e:
    print('RuntimeError nested')
print(sorted(v.name for v in ctx.keys()))
print(ctx.get(user, 'dflt'))
try:
    ctx['x']
except TypeError as e:
    print('TypeError')

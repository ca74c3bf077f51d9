# traceback's stack functions, sys._getframe and frame.f_back walk the running frames
import traceback, io, sys, os, time
def inner():
    s = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in s][-3:], os.path.basename(s[-1].filename))
    last = traceback.format_stack(limit=2)[-1].strip().splitlines()
    print(last[0].split(', ', 1)[1], last[1].strip())
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=1)
    print(buf.getvalue().count('File'), len(traceback.format_stack()) == len(traceback.extract_stack()))
    print([fr.f_code.co_name for fr, ln in traceback.walk_stack(None)])
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_lineno)
    try:
        sys._getframe(50)
    except ValueError as e:
        print('ValueError', e)
def outer():
    inner()
outer()
def gen():
    yield sys._getframe().f_back.f_code.co_name
print(next(gen()), [sys._getframe().f_code.co_name for _ in range(1)])
t0, p0 = time.monotonic(), time.perf_counter()
print(time.monotonic() >= t0, time.perf_counter() >= p0, isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))

import traceback, sys, io
def inner():
    raise ValueError('deep problem')
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))
    etype, value, tb = sys.exc_info()
    print([fs.name for fs in traceback.extract_tb(tb)], traceback.extract_tb(tb)[-1].line, traceback.extract_tb(tb)[-1].lineno)
    print(''.join(traceback.format_exception_only(etype, value)), end='')
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
try:
    {}['missing']
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end='')
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end='')
print(traceback.format_exception_only(TypeError('x'))[0], end='')

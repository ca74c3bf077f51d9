# OSError(errno, strerror, filename[, winerror[, filename2]]): args keeps (errno, strerror)
e = OSError(2, 'x', 'f', None, 'g')
print(repr(e), e.args, e.filename, e.filename2, str(e), type(e).__name__)
e = OSError(2, 'x')
print(repr(e), e.args, e.filename, e.filename2, str(e))
e = OSError(13, 'denied', 'p.txt')
print(repr(e), e.args, e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.args, e.errno, e.filename, e.filename2, str(e), type(e).__name__)
try:
    open('/nonexist/zz')
except OSError as e:
    print(repr(e), e.args, e.filename, e.filename2, str(e))
class E(OSError):
    pass
e = E(2, 'x', 'y')
print(repr(e), e.args, e.filename, e.errno, str(e))

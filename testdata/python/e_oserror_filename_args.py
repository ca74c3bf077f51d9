e = OSError(2, 'x', 'f', None, 'g')
print(repr(e), e.args, e.filename, e.filename2, str(e), type(e).__name__)
e = OSError(2, 'x')
print(repr(e), e.args, e.filename, e.filename2, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.args, e.filename, e.filename2, str(e))
try:
    open('/nonexist/zz')
except OSError as e:
    print(repr(e), e.args, e.filename, e.filename2, str(e))
import os
try:
e = E(2, 'x', 'y')
print(repr(e), e.args, e.filename)

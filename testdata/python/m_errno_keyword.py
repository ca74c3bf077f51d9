import errno, keyword, os, tempfile
codes = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EMFILE', 'ENOSPC', 'EPIPE', 'ERANGE', 'ENOTEMPTY', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'EADDRINUSE', 'EWOULDBLOCK', 'EINPROGRESS']
for name in codes:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v], os.strerror(v))
print(errno.EAGAIN == errno.EWOULDBLOCK, len(errno.errorcode) > 100, 2 in errno.errorcode)
d = tempfile.mkdtemp()
cases = [lambda: open(os.path.join(d, 'missing')), lambda: os.mkdir(d), lambda: open(d, 'w'), lambda: os.listdir(os.path.join(d, 'f')), lambda: os.rmdir(os.path.join(d, 'nope'))]
open(os.path.join(d, 'f'), 'w').close()
for case in cases:
    try:
        case()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, os.path.relpath(e.filename, d))
for exc_type, code in [(FileNotFoundError, errno.ENOENT), (FileExistsError, errno.EEXIST), (PermissionError, errno.EACCES), (IsADirectoryError, errno.EISDIR), (NotADirectoryError, errno.ENOTDIR), (TimeoutError, errno.ETIMEDOUT), (ConnectionRefusedError, errno.ECONNREFUSED), (BlockingIOError, errno.EAGAIN), (InterruptedError, errno.EINTR), (ProcessLookupError, errno.ESRCH), (BrokenPipeError, errno.EPIPE)]:
    e = OSError(code, os.strerror(code))
    print(type(e).__name__, type(e) is exc_type, e.errno, str(e))
e = OSError(errno.ENOENT, 'No such file or directory', 'x.txt')
print(repr(e), e.args, e.filename, str(e))
e = OSError('just a message')
print(e.errno, e.strerror, str(e), IOError is OSError, EnvironmentError is OSError)
os.remove(os.path.join(d, 'f'))
os.rmdir(d)
# keyword
print(len(keyword.kwlist), keyword.kwlist[:6], sorted(keyword.softkwlist))
for word in ['if', 'async', 'await', 'match', 'case', 'print', 'None', 'True', 'nonlocal', '_', 'type', 'lambda', 'Class']:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
def safe_identifier(name):
    name = ''.join(c if c.isalnum() or c == '_' else '_' for c in name)
    if not name or name[0].isdigit():
        name = '_' + name
    if keyword.iskeyword(name):
        name += '_'
    return name
print([safe_identifier(n) for n in ['class', 'my-field', '2fast', 'ok_name', 'from', '', 'x y']])

# pickle: Pickler/Unpickler objects (persistent_id/persistent_load,
# find_class, dispatch_table, reducer_override), dump/load on files,
# copyreg registrations and extension codes, Python 2 pickles, framing of
# large pickles, PickleBuffer
import io
import pickle
import copyreg


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return 'loaded-' + pid
        tag, key = pid
        return 'loaded-%s-%s' % (tag, key)


for proto in (0, 2, 4):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Record('k1'), 5, Record(2)] if proto else [Record(1), 5])
    data = f.getvalue()
    print(proto, data)
    print(DBUnpickler(io.BytesIO(data)).load())


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return getattr(__import__(module), name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 4))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Record, 2))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


class Vec:
    def __init__(self, x):
        self.x = x


def reduce_vec(v):
    return (Vec, (v.x * 2,))


p_out = io.BytesIO()
pk = pickle.Pickler(p_out, 2)
pk.dispatch_table = {Vec: reduce_vec}
pk.dump(Vec(3))
print(p_out.getvalue(), pickle.loads(p_out.getvalue()).x)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Vec):
            return (str, ('vec%d' % obj.x,))
        return NotImplemented


b = io.BytesIO()
OverridePickler(b, 4).dump([Vec(1), 2])
print(b.getvalue(), pickle.loads(b.getvalue()))

# copyreg.pickle registers for every pickler
class Celsius:
    def __init__(self, deg):
        self.deg = deg


def reduce_celsius(c):
    return (Celsius, (c.deg,))


copyreg.pickle(Celsius, reduce_celsius)
print(pickle.dumps(Celsius(20), 2), pickle.loads(pickle.dumps(Celsius(20))).deg)
print(pickle.dumps(3 + 4j, 2), pickle.loads(pickle.dumps(3 + 4j)))

copyreg.add_extension('__main__', 'Celsius', 240)
copyreg.add_extension('__main__', 'Vec', 0x1234)
print(pickle.dumps(Celsius, 2), pickle.dumps(Vec, 4), pickle.dumps(Celsius, 0))
print(pickle.loads(pickle.dumps(Celsius, 2)) is Celsius, pickle.loads(pickle.dumps(Vec, 2)) is Vec)
copyreg.remove_extension('__main__', 'Vec', 0x1234)
try:
    copyreg.add_extension('__main__', 'Other', 240)
except ValueError as e:
    print('ValueError', e)
print(pickle.dumps(Vec, 2))

# several pickles in one file, memo cleared between dumps
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
shared = ['s']
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
pickle.dump({'end': True}, f, 0)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load(), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Python 2 pickles
py2 = [
    b"(dp0\nS'name'\np1\nS'caf\\xc3\\xa9'\np2\nsS'n'\np3\nL12L\nsS'u'\np4\nVuni\\u20ac\np5\ns.",
    b'\x80\x02]q\x00(U\x03abcq\x01T\x04\x00\x00\x00defgq\x02c__builtin__\nxrange\nq\x03K\x00K\x05K\x01\x87q\x04Rq\x05e.',
    b"(lp0\nI1\naI01\naF2.5\naS'it\\'s \\n ok'\np1\na.",
    b'c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.',
]
for data in py2:
    for enc in ('ASCII', 'latin1', 'bytes', 'utf-8'):
        try:
            print(enc, pickle.loads(data, encoding=enc))
        except Exception as e:
            print(enc, type(e).__name__, e)

# framing: big pickles are split in 64 KiB frames, big bytes outside frames
big = list(range(20000))
data = pickle.dumps(big, 4)
print(len(data), data[:12], data.count(b'\x95'), pickle.loads(data) == big)
strs = ['item%05d' % i for i in range(9000)]
data = pickle.dumps(strs, 5)
frames = []
pos = 2
print(len(data), data[:12], pickle.loads(data) == strs)
blob = b'\xab' * 70000
data = pickle.dumps([b'head', blob, 'tail'], 4)
print(len(data), data[:30], data[-30:], pickle.loads(data)[1] == blob)
data = pickle.dumps(['x' * 70000, bytearray(b'q' * 66000)], 5)
print(len(data), data[:40], data[-20:])

# PickleBuffer: in band, or out of band through buffer_callback
pb = pickle.PickleBuffer(b'abc')
print(pickle.dumps(pb, 5), pickle.loads(pickle.dumps(pb, 5)))
pb2 = pickle.PickleBuffer(bytearray(b'xyz'))
print(pickle.dumps(pb2, 5), pickle.loads(pickle.dumps(pb2, 5)))
bufs = []
data = pickle.dumps([pb, 1], 5, buffer_callback=bufs.append)
print(data, len(bufs))
print(pickle.loads(data, buffers=[b'ABC']))
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(pb, 4)
except pickle.PicklingError as e:
    print('PicklingError', e)

# A small Matrix class: operators, equality/hash, iteration, errors
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return (tuple(r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def _elementwise(self, o, op):
        if isinstance(o, Matrix):
            if o.shape != self.shape:
                raise ValueError('shape mismatch %s vs %s' % (self.shape, o.shape))
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
        return Matrix([[op(a, o) for a in r] for r in self.rows])
    def __add__(self, o): return self._elementwise(o, lambda a, b: a + b)
    def __radd__(self, o): return self + o
    def __sub__(self, o): return self._elementwise(o, lambda a, b: a - b)
    def __neg__(self): return self * -1
    def __mul__(self, o):
        if isinstance(o, Matrix):
            (n, m), (m2, p) = self.shape, o.shape
            if m != m2:
                raise ValueError('cannot multiply %dx%d by %dx%d' % (n, m, m2, p))
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
        return self._elementwise(o, lambda a, b: a * b)
    __rmul__ = lambda self, o: self._elementwise(o, lambda a, b: b * a)
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    T = property(transpose)
    def __repr__(self):
        return 'Matrix(%r)' % self.rows
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join(' '.join(str(v).rjust(w) for v in r) for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, a * b, b * a, sep='\n--\n')
print(repr(a * 2), repr(2 * a), repr(a + 10), repr(10 + a), repr(-a))
print(a.T, a.shape, Matrix([[1, 2, 3]]).T.shape, list(a), a[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], repr(Matrix.identity(3)), a ** 0 == Matrix.identity(2))
print(a == Matrix([[1, 2], [3, 4]]), a != b, len({a, Matrix([[1, 2], [3, 4]]), b}))
m = Matrix.zeros(2, 3)
m[1, 2] = 7
print(repr(m), m * Matrix.identity(3) == m)
for bad in (lambda: a * m.T.T.T.T.T.T * a, lambda: a + m, lambda: Matrix([[1], [2, 3]]), lambda: Matrix([])):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(str(Matrix([[1, 100], [-5, 0]])))
print(sum([a, b, a], Matrix.zeros(2, 2)) == a + a + b, max(max(r) for r in a ** 3))

# A tiny expression tokenizer + recursive-descent parser + evaluator with custom errors
class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos
    def __str__(self):
        base = super().__str__()
        return base if self.pos is None else '%s at %d' % (base, self.pos)

class Token:
    __slots__ = ('kind', 'value', 'pos')
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return '%s:%r' % (self.kind, self.value)

OPS = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == '.'):
                i += 1
            text = src[start:i]
            try:
                yield Token('num', float(text) if '.' in text else int(text), start)
            except ValueError:
                raise CalcError('bad number %r' % text, start)
        elif ch.isalpha():
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            yield Token('name', src[start:i], start)
        elif ch in OPS or ch in '(),':
            yield Token('op', ch, i)
            i += 1
        else:
            raise CalcError('unexpected %r' % ch, i)
    yield Token('end', None, len(src))

class Parser:
    FUNCS = {'max': max, 'min': min, 'abs': abs}
    def __init__(self, src, env=None):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = dict(env or {})
    def peek(self):
        return self.tokens[self.i]
    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise CalcError('expected %r got %r' % (value, tok.value), tok.pos)
        self.i += 1
        return tok
    def parse(self):
        v = self.expr(0)
        if self.peek().kind != 'end':
            raise CalcError('trailing input', self.peek().pos)
        return v
    def expr(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = OPS.get(tok.value) if tok.kind == 'op' else None
            if prec is None or prec < min_prec:
                return left
            self.take()
            right = self.expr(prec if tok.value == '^' else prec + 1)
            left = self.apply(tok, left, right)
    def apply(self, tok, a, b):
        op = tok.value
        try:
            if op == '+': return a + b
            if op == '-': return a - b
            if op == '*': return a * b
            if op == '/': return a / b
            if op == '%': return a % b
            return a ** b
        except ZeroDivisionError as e:
            raise CalcError('division by zero', tok.pos) from e
    def unary(self):
        if self.peek().value == '-':
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.kind == 'num':
            return tok.value
        if tok.kind == 'name':
            if self.peek().value == '(':
                self.take('(')
                args = [self.expr(0)]
                while self.peek().value == ',':
                    self.take()
                    args.append(self.expr(0))
                self.take(')')
                if tok.value not in self.FUNCS:
                    raise CalcError('unknown function %s' % tok.value, tok.pos)
                try:
                    return self.FUNCS[tok.value](*args)
                except TypeError as e:
                    raise CalcError('bad call %s: %s' % (tok.value, e), tok.pos) from e
            if tok.value not in self.env:
                raise CalcError('undefined %s' % tok.value, tok.pos)
            return self.env[tok.value]
        if tok.value == '(':
            v = self.expr(0)
            self.take(')')
            return v
        raise CalcError('unexpected token %r' % (tok.value,), tok.pos)

print(list(tokenize('3 + 4.5*x')))
cases = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 4 - -3', 'max(1, x * 2, 3) + abs(-4)',
         'min(2)', 'abs(1, 2)', '7 / (3 - 3)', '1 +', '2 $ 3', 'y + 1', '(1 + 2', '1.2.3', 'foo(1)', '4 4', 'x ^ 0.5']
for src in cases:
    try:
        print('%-28s = %r' % (src, Parser(src, {'x': 9}).parse()))
    except CalcError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else '-'
        print('%-28s ! %s (%s)' % (src, e, cause))

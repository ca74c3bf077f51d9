# Tokenizer + recursive-descent parser + evaluator for arithmetic with variables and functions.
import re
import math

TOKEN_RE = re.compile(r'\s*(?:(?P<num>\d+\.\d*|\.\d+|\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),^]))')

class ParseError(Exception):
    pass

def tokenize(src):
    pos, tokens = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError('unexpected %r at %d' % (src[pos:].strip()[:1], pos))
        kind = m.lastgroup
        val = m.group(kind)
        tokens.append((kind, float(val) if '.' in val and kind == 'num' else int(val) if kind == 'num' else val))
        pos = m.end()
    tokens.append(('end', None))
    return tokens

class Parser:
    FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'floor': math.floor}
    def __init__(self, src, env):
        self.tokens, self.i, self.env = tokenize(src), 0, env
    def peek(self):
        return self.tokens[self.i]
    def take(self, val=None):
        tok = self.tokens[self.i]
        if val is not None and tok[1] != val:
            raise ParseError('expected %r, got %r' % (val, tok[1]))
        self.i += 1
        return tok
    def parse(self):
        v = self.expr()
        if self.peek()[0] != 'end':
            raise ParseError('trailing %r' % (self.peek()[1],))
        return v
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek()[1] in ('*', '/', '%'):
            op, rhs = self.take()[1], self.unary()
            v = v * rhs if op == '*' else v / rhs if op == '/' else v % rhs
        return v
    def unary(self):
        if self.peek()[1] == '-':
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek()[1] in ('**', '^'):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if kind == 'name':
            if self.peek()[1] == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek()[1] == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                if val not in self.FUNCS:
                    raise NameError('unknown function %s' % val)
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise NameError('undefined variable %s' % val)
            return self.env[val]
        if val == '(':
            v = self.expr()
            self.take(')')
            return v
        raise ParseError('unexpected %r' % (val,))

env = {'x': 3, 'y': 4, 'rate': 0.5}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ^ 2', '10 / 4', '10 % 4 + 7 % -3', 'sqrt(x*x + y*y)',
            'max(1, x, y * 2) - min(rate, 2)', 'floor(7.9) + .5 + 2.', '1 +', '(1 + 2', '3 $ 4', 'z + 1', 'foo(1)',
            '1 / (x - 3)', '2 3', '-(-(-1))', 'abs(-x) * -y']:
    try:
        print('%-32s = %r' % (src, Parser(src, env).parse()))
    except (ParseError, NameError, ZeroDivisionError) as e:
        print('%-32s ! %s: %s' % (src, type(e).__name__, e))
print(tokenize('a1+ 2.5**b')[:-1])

# a small recursive-descent calculator that reports precise parse/eval errors

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos
    def __str__(self):
        return f'{self.msg} at position {self.pos}'

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            raw = text[i:j]
            try:
                tokens.append(('num', float(raw) if '.' in raw else int(raw), i))
            except ValueError:
                raise ParseError(f'bad number {raw!r}', i) from None
            i = j
        elif ch in '+-*/%()^':
            tokens.append(('op', ch, i))
            i += 1
        else:
            raise ParseError(f'unexpected character {ch!r}', i)
    tokens.append(('end', None, len(text)))
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.k = 0
    def peek(self):
        return self.tokens[self.k]
    def take(self):
        tok = self.tokens[self.k]
        self.k += 1
        return tok
    def parse(self):
        value = self.expr()
        kind, val, pos = self.peek()
        if kind != 'end':
            raise ParseError(f'unexpected {val!r}', pos)
        return value
    def expr(self):
        value = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op, _, pos = self.take()[1], None, self.peek()[2]
            rhs = self.factor()
            try:
                if op == '*':
                    value = value * rhs
                elif op == '/':
                    value = value / rhs
                else:
                    value = value % rhs
            except ZeroDivisionError:
                raise ParseError(f'division by zero in {op!r}', pos) from None
        return value
    def factor(self):
        kind, val, pos = self.take()
        if kind == 'num':
            base = val
        elif val == '-':
            return -self.factor()
        elif val == '(':
            base = self.expr()
            kind2, val2, pos2 = self.take()
            if val2 != ')':
                raise ParseError("expected ')'", pos2)
        else:
            raise ParseError(f'unexpected {"end of input" if kind == "end" else repr(val)}', pos)
        if self.peek()[1] == '^':
            self.take()
            exp = self.factor()
            try:
                return base ** exp
            except OverflowError as e:
                raise ParseError(f'overflow ({e})', pos) from e
        return base

cases = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 10', '-3 - -4', '7 % 3 + 7 / 2', '1 +', '(1 + 2',
         '1 + 2)', '4 / (2 - 2)', '3 $ 4', '1.2.3 + 1', '', '2 ^ 0.5', '10 % 0', '((2))']
for text in cases:
    try:
        print(f'{text!r:16} = {Parser(text).parse()!r}')
    except ParseError as e:
        print(f'{text!r:16} ! {e} | args={e.args}')

for src in ['a = 1 +* 2', 'x = )', 'foo bar', 'return 5', 'a = [1, 2', 'def g():\n    x = {1: 2\n    return x', "s = 'abc", 'x = $', 'for in x: pass', 'class :', 'x += 1 = 2', 'lambda: (yield)', 'a b c', 'x = 5 6']:
    try:
        compile(src, '<src>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.msg)

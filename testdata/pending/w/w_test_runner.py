# A small unittest-style runner: discovery by name, setUp/tearDown, expected failures, skips, summary.
import traceback

class SkipTest(Exception):
    pass

def expected_failure(fn):
    fn.expected_failure = True
    return fn

def skip(reason):
    def deco(fn):
        def wrapper(self):
            raise SkipTest(reason)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

class TestCase:
    def setUp(self): pass
    def tearDown(self): pass
    def assertEqual(self, a, b, msg=None):
        if a != b:
            raise AssertionError(msg or '%r != %r' % (a, b))
    def assertTrue(self, x):
        if not x:
            raise AssertionError('%r is not true' % (x,))
    def assertRaises(self, exc_type, fn, *args):
        try:
            fn(*args)
        except exc_type as e:
            return e
        raise AssertionError('%s not raised' % exc_type.__name__)

class Result:
    def __init__(self):
        self.outcomes = []
    def add(self, name, status, detail=''):
        self.outcomes.append((name, status, detail))
    def summary(self):
        counts = {}
        for _, status, _ in self.outcomes:
            counts[status] = counts.get(status, 0) + 1
        return ', '.join('%s=%d' % kv for kv in sorted(counts.items()))

def run(*classes):
    result = Result()
    for cls in classes:
        for name in sorted(n for n in vars(cls) if n.startswith('test')):
            test = cls()
            full = '%s.%s' % (cls.__name__, name)
            method = getattr(test, name)
            xfail = getattr(method, 'expected_failure', False)
            try:
                test.setUp()
                try:
                    method()
                finally:
                    test.tearDown()
            except SkipTest as e:
                result.add(full, 'skipped', str(e))
            except AssertionError as e:
                result.add(full, 'xfail' if xfail else 'FAIL', str(e))
            except Exception as e:
                tb = traceback.extract_tb(e.__traceback__)
                result.add(full, 'ERROR', '%s: %s (in %s)' % (type(e).__name__, e, tb[-1].name))
            else:
                result.add(full, 'UNEXPECTED SUCCESS' if xfail else 'ok')
    return result

class StackTests(TestCase):
    log = []
    def setUp(self):
        self.stack = [1, 2]
        self.log.append('setUp')
    def tearDown(self):
        self.log.append('tearDown')
    def test_push(self):
        self.stack.append(3)
        self.assertEqual(self.stack, [1, 2, 3])
    def test_pop_empty(self):
        e = self.assertRaises(IndexError, [].pop)
        self.assertEqual(str(e), 'pop from empty list')
    def test_wrong(self):
        self.assertEqual(sum(self.stack), 4)
    def test_crash(self):
        return {}['nope']
    @expected_failure
    def test_known_bug(self):
        self.assertTrue(0.1 + 0.2 == 0.3)
    @expected_failure
    def test_fixed_bug(self):
        self.assertTrue(round(0.1 + 0.2, 10) == 0.3)
    @skip('needs network')
    def test_download(self):
        pass
    def helper(self):
        raise RuntimeError('not a test')

class StringTests(TestCase):
    def test_split(self):
        self.assertEqual('a,b,,c'.split(','), ['a', 'b', '', 'c'])
    def test_not_raised(self):
        self.assertRaises(ValueError, int, '42')
    def test_custom_msg(self):
        self.assertEqual('x'.upper(), 'Y', msg='upper failed')

res = run(StackTests, StringTests)
for name, status, detail in res.outcomes:
    print('%-28s %-18s %s' % (name, status, detail))
print(res.summary())
print(StackTests.log.count('setUp'), StackTests.log.count('tearDown'), len(StackTests.log))

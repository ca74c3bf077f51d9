# Semantic-version parsing, comparison (incl. pre-releases), range specifiers and a tiny dependency resolver.
import re
from functools import total_ordering

SEMVER = re.compile(r'^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$')

@total_ordering
class Version:
    def __init__(self, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError('invalid version %r' % text)
        self.major, self.minor, self.patch = (int(g) for g in m.group(1, 2, 3))
        self.pre = tuple(int(p) if p.isdigit() else p for p in m.group(4).split('.')) if m.group(4) else ()
        self.build = m.group(5)
    def _key(self):
        pre = [(0, p, '') if isinstance(p, int) else (1, 0, p) for p in self.pre]
        return (self.major, self.minor, self.patch, 0 if self.pre else 1, pre)
    def __eq__(self, other):
        return self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(repr(self._key()))
    def __str__(self):
        s = '%d.%d.%d' % (self.major, self.minor, self.patch)
        if self.pre:
            s += '-' + '.'.join(map(str, self.pre))
        return s + ('+' + self.build if self.build else '')
    __repr__ = lambda self: 'Version(%r)' % str(self)
    def bump(self, part):
        parts = {'major': (self.major + 1, 0, 0), 'minor': (self.major, self.minor + 1, 0), 'patch': (self.major, self.minor, self.patch + 1)}
        return Version('%d.%d.%d' % parts[part])

def satisfies(v, spec):
    for clause in spec.split(','):
        clause = clause.strip()
        m = re.match(r'^(\^|~|>=|<=|>|<|==|!=)?\s*(.+)$', clause)
        op, target = m.group(1) or '==', Version(m.group(2))
        if op == '^':
            upper = target.bump('major' if target.major else 'minor' if target.minor else 'patch')
            ok = target <= v < upper
        elif op == '~':
            ok = target <= v < target.bump('minor')
        else:
            ok = {'>=': v >= target, '<=': v <= target, '>': v > target, '<': v < target, '==': v == target, '!=': v != target}[op]
        if not ok or (v.pre and not target.pre):
            return False
    return True

INDEX = {
    'web': {'1.0.0': {'http': '^1.2.0'}, '1.1.0': {'http': '^1.4.0', 'tmpl': '~0.3.0'}, '2.0.0-beta.1': {'http': '^2.0.0'}},
    'http': {'1.2.0': {}, '1.4.2': {}, '1.5.0': {'tls': '>=0.9.0'}, '2.0.0': {}},
    'tmpl': {'0.3.1': {}, '0.3.9': {}, '0.4.0': {}},
    'tls': {'0.8.0': {}, '0.9.1': {}, '1.0.0-rc.1': {}},
}

def resolve(root, spec, chosen=None, depth=0):
    chosen = {} if chosen is None else chosen
    candidates = sorted((Version(v) for v in INDEX[root] if satisfies(Version(v), spec)), reverse=True)
    if not candidates:
        raise LookupError('no version of %s matches %s' % (root, spec))
    best = candidates[0]
    if root in chosen and chosen[root] != best:
        raise LookupError('conflict on %s: %s vs %s' % (root, chosen[root], best))
    chosen[root] = best
    print('  ' * depth + '%s %s (from %d candidates)' % (root, best, len(candidates)))
    for dep, dep_spec in sorted(INDEX[root][str(best)].items()):
        resolve(dep, dep_spec, chosen, depth + 1)
    return chosen

vs = [Version(s) for s in ['1.0.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', 'v0.9.12', '1.0.0+build.5', '2.0.0']]
print([str(v) for v in sorted(vs)])
print(Version('1.0.0') == Version('1.0.0+meta'), len(set(vs)), max(vs), min(vs).bump('minor'), Version('1.2.3').bump('major'))
for v, spec in [('1.4.2', '^1.2.0'), ('2.0.0', '^1.2.0'), ('0.3.9', '~0.3.0'), ('0.4.0', '~0.3.0'), ('0.2.5', '^0.2.1'), ('0.3.0', '^0.2.1'),
                ('1.0.0-rc.1', '>=0.9.0'), ('1.5.0', '>=1.2.0, <1.5.0'), ('1.2.0', '!=1.2.0'), ('0.0.3', '^0.0.3'), ('0.0.4', '^0.0.3')]:
    print('%-11s %-16s %s' % (v, spec, satisfies(Version(v), spec)))
print(sorted((k, str(v)) for k, v in resolve('web', '>=1.0.0').items()))
for bad in (lambda: resolve('tls', '>=2.0.0'), lambda: Version('1.0'), lambda: Version('01.x.2')):
    try:
        bad()
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)

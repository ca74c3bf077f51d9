# An i18n message catalog: fallback chains, plural rules, format_map with a __missing__ dict, lazy strings.
class SafeDict(dict):
    def __missing__(self, key):
        return '{' + key + '}'

PLURALS = {
    'en': lambda n: 0 if n == 1 else 1,
    'fr': lambda n: 0 if n in (0, 1) else 1,
    'pl': lambda n: 0 if n == 1 else 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2,
    'ja': lambda n: 0,
}

CATALOGS = {
    'en': {'greet': 'Hello, {name}!', 'items': ('{n} item', '{n} items'), 'bye': 'Goodbye'},
    'en_GB': {'color': 'colour'},
    'fr': {'greet': 'Bonjour, {name} !', 'items': ('{n} article', '{n} articles')},
    'pl': {'items': ('{n} plik', '{n} pliki', '{n} plikow'), 'greet': 'Czesc, {name}!'},
    'ja': {'items': ('{n} ko',)},
}

class Translator:
    def __init__(self, locale, default='en'):
        self.locale = locale
        chain = [locale]
        if '_' in locale:
            chain.append(locale.split('_')[0])
        if default not in chain:
            chain.append(default)
        self.chain = chain
        self.missing = []
    def _lookup(self, key):
        for loc in self.chain:
            if key in CATALOGS.get(loc, {}):
                return loc, CATALOGS[loc][key]
        self.missing.append(key)
        return None, key
    def gettext(self, key, **kw):
        _, msg = self._lookup(key)
        return msg.format_map(SafeDict(kw)) if isinstance(msg, str) else msg[0]
    def ngettext(self, key, n, **kw):
        loc, forms = self._lookup(key)
        if isinstance(forms, str):
            return forms
        rule = PLURALS.get((loc or 'en').split('_')[0], PLURALS['en'])
        idx = min(rule(n), len(forms) - 1)
        return forms[idx].format_map(SafeDict(kw, n=n))

class LazyString:
    def __init__(self, fn, *args, **kw):
        self.fn, self.args, self.kw = fn, args, kw
    def __str__(self):
        return self.fn(*self.args, **self.kw)
    def __add__(self, other):
        return str(self) + other
    def __radd__(self, other):
        return other + str(self)
    def __format__(self, spec):
        return format(str(self), spec)

for loc in ('en', 'en_GB', 'fr', 'pl', 'ja', 'de_AT'):
    t = Translator(loc)
    counts = ', '.join(t.ngettext('items', n) for n in (0, 1, 2, 5, 12, 22))
    print('%-6s %-22s %s | %s | %s' % (loc, t.gettext('greet', name='Ana'), t.gettext('color'), t.gettext('bye'), counts))
    print('       chain=%s missing=%s' % (t.chain, sorted(set(t.missing))))
t = Translator('fr')
print(t.gettext('greet'), t.gettext('greet', name='{x}', extra=1), 'a {b} {c!r}'.format_map(SafeDict(c='q')))
current = {'t': Translator('en')}
title = LazyString(lambda: current['t'].gettext('greet', name='World'))
print(str(title))
current['t'] = Translator('pl')
print(str(title), '>> ' + title, title + ' <<', '[{:^24}]'.format(title), f'{title:>22}')
print(SafeDict(a=1)['zz'], 'zz' in SafeDict(a=1), SafeDict(a=1).get('zz', 'dflt'))

# A plugin system built on dict registries: registration decorators, entry points, hooks, ordering.
class PluginError(Exception):
    pass

class Registry:
    def __init__(self, kind):
        self.kind = kind
        self._items = {}
        self._aliases = {}

    def register(self, name=None, *, aliases=(), replace=False):
        def deco(obj):
            key = name or getattr(obj, 'name', None) or obj.__name__.lower()
            if key in self._items and not replace:
                raise PluginError('%s %r already registered' % (self.kind, key))
            self._items[key] = obj
            for a in aliases:
                self._aliases[a] = key
            return obj
        return deco

    def __getitem__(self, name):
        key = self._aliases.get(name, name)
        try:
            return self._items[key]
        except KeyError:
            close = sorted(k for k in self._items if k[0] == name[:1])
            hint = ' (did you mean %s?)' % ' or '.join(close) if close else ''
            raise PluginError('unknown %s %r%s' % (self.kind, name, hint)) from None

    def __contains__(self, name):
        return self._aliases.get(name, name) in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

formatters = Registry('formatter')
hooks = {}

def hook(event, order=50):
    def deco(fn):
        hooks.setdefault(event, []).append((order, fn.__qualname__, fn))
        hooks[event].sort(key=lambda t: (t[0], t[1]))
        return fn
    return deco

def run_hooks(event, value):
    for order, qname, fn in hooks.get(event, []):
        value = fn(value)
    return value

class BaseFormatter:
    name = None
    def format(self, rows):
        raise NotImplementedError(type(self).__name__ + '.format')

@formatters.register(aliases=('txt', 'plain'))
class Text(BaseFormatter):
    def format(self, rows):
        return '\n'.join(' '.join(map(str, r)) for r in rows)

@formatters.register()
class CSVFormatter(BaseFormatter):
    name = 'csv'
    def format(self, rows):
        return '\n'.join(','.join('"%s"' % c if ',' in str(c) else str(c) for c in r) for r in rows)

@formatters.register('md', aliases=['markdown'])
class Markdown(BaseFormatter):
    def format(self, rows):
        head, *body = rows
        lines = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
        return '\n'.join(lines + ['| ' + ' | '.join(map(str, r)) + ' |' for r in body])

@formatters.register('broken')
class Broken(BaseFormatter):
    pass

@hook('rows', order=10)
def add_total(rows):
    return rows + [('total', sum(r[1] for r in rows[1:]))]

@hook('rows')
def upper_names(rows):
    return [rows[0]] + [(r[0].upper(), r[1]) for r in rows[1:]]

rows = run_hooks('rows', [('name', 'qty'), ('apples, red', 3), ('pears', 5)])
print(list(formatters), len(formatters), 'txt' in formatters, 'xml' in formatters)
for name in ('text', 'plain', 'csv', 'markdown', 'broken', 'mdx', 'json'):
    try:
        print('[%s]' % name, formatters[name]().format(rows), sep='\n')
    except (PluginError, NotImplementedError) as e:
        print('[%s] %s: %s' % (name, type(e).__name__, e))
try:
    formatters.register('csv')(Text)
except PluginError as e:
    print(e)
formatters.register('csv', replace=True)(Text)
print(formatters['csv'].__name__, [(o, q) for o, q, _ in hooks['rows']])

# Named routes with reverse URL building (url_for), typed converters, query extras and blueprints.
import re
from urllib.parse import quote, urlencode

class BuildError(Exception):
    pass

class Rule:
    PART = re.compile(r'<(?:(?P<conv>\w+):)?(?P<name>\w+)>')
    def __init__(self, template, endpoint):
        self.template, self.endpoint = template, endpoint
        self.args = {m.group('name'): m.group('conv') or 'string' for m in self.PART.finditer(template)}
    def build(self, values):
        missing = sorted(set(self.args) - set(values))
        if missing:
            raise BuildError('%s needs %s' % (self.endpoint, ', '.join(missing)))
        def repl(m):
            name, conv = m.group('name'), m.group('conv') or 'string'
            v = values[name]
            if conv == 'int':
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    raise BuildError('%s must be a non-negative int, got %r' % (name, v))
                return str(v)
            if conv == 'path':
                return quote(str(v), safe='/')
            return quote(str(v), safe='')
        path = self.PART.sub(repl, self.template)
        extra = {k: v for k, v in values.items() if k not in self.args and v is not None}
        return path + ('?' + urlencode(sorted(extra.items()), doseq=True) if extra else '')

class Blueprint:
    def __init__(self, name, prefix=''):
        self.name, self.prefix, self.rules = name, prefix, []
    def add(self, template, endpoint):
        self.rules.append((template, endpoint))

class Map:
    def __init__(self, script_name=''):
        self.by_endpoint = {}
        self.script_name = script_name.rstrip('/')
    def add(self, template, endpoint):
        self.by_endpoint.setdefault(endpoint, []).append(Rule(template, endpoint))
    def register(self, bp):
        for template, endpoint in bp.rules:
            self.add(bp.prefix + template, bp.name + '.' + endpoint)
    def url_for(self, endpoint, _external=False, _anchor=None, **values):
        rules = self.by_endpoint.get(endpoint)
        if not rules:
            raise BuildError('unknown endpoint %r' % endpoint)
        errors = []
        for rule in sorted(rules, key=lambda r: -len(r.args)):
            if set(rule.args) <= set(values):
                try:
                    url = self.script_name + rule.build(values)
                    break
                except BuildError as e:
                    errors.append(str(e))
        else:
            raise BuildError(errors[0] if errors else rules[0].build(values))
        if _anchor:
            url += '#' + quote(_anchor)
        return ('https://example.com' + url) if _external else url

m = Map(script_name='/app/')
m.add('/', 'index')
m.add('/users/<int:uid>', 'user')
m.add('/users/<int:uid>/posts/<slug>', 'post')
m.add('/files/<path:name>', 'files')
m.add('/tags', 'tag_list')
m.add('/tags/<tag>', 'tag_list')
api = Blueprint('api', '/api/v1')
api.add('/items/<int:item_id>', 'item')
api.add('/items', 'items')
m.register(api)
calls = [('index', {}), ('user', {'uid': 42}), ('user', {'uid': 7, 'tab': 'likes', 'page': 2}),
         ('post', {'uid': 1, 'slug': 'hello world/again?'}), ('files', {'name': 'docs/read me.txt'}),
         ('tag_list', {}), ('tag_list', {'tag': 'c++'}), ('api.item', {'item_id': 3, '_external': True, '_anchor': 'sec 2'}),
         ('api.items', {'ids': [1, 2, 3], 'q': None}), ('user', {}), ('user', {'uid': -1}), ('user', {'uid': '5'}),
         ('nope', {}), ('post', {'uid': 3})]
for endpoint, values in calls:
    try:
        print('%-10s -> %s' % (endpoint, m.url_for(endpoint, **values)))
    except BuildError as e:
        print('%-10s !! %s' % (endpoint, e))
print(sorted(m.by_endpoint), [r.args for r in m.by_endpoint['post']])
print(urlencode({'a': [1, 2], 'b': 'x y'}, doseq=True), urlencode({'a': [1, 2]}), quote('~a b+c', safe='~'))

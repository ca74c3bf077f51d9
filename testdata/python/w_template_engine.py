# A tiny template engine: {{ var|filter }}, {% for x in xs %}, {% if cond %}...{% else %}...{% endif %}.
import re

TOKEN = re.compile(r'(\{\{.*?\}\}|\{%.*?%\})', re.S)
FILTERS = {
    'upper': str.upper,
    'lower': str.lower,
    'title': str.title,
    'len': len,
    'escape': lambda s: str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'),
}

class TemplateError(Exception):
    pass

def resolve(expr, ctx):
    parts = [p.strip() for p in expr.split('|')]
    name, filters = parts[0], parts[1:]
    value = ctx
    for attr in name.split('.'):
        if isinstance(value, dict):
            if attr not in value:
                raise TemplateError('undefined: %s' % name)
            value = value[attr]
        else:
            value = getattr(value, attr)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError('unknown filter %r' % f)
        value = FILTERS[f](value)
    return value

def parse(tokens, end=()):
    nodes = []
    while tokens:
        tok = tokens.pop(0)
        if tok.startswith('{%'):
            words = tok[2:-2].split()
            if words[0] in end:
                return nodes, words[0]
            if words[0] == 'for':
                body, _ = parse(tokens, ('endfor',))
                nodes.append(('for', words[1], words[3], body))
            elif words[0] == 'if':
                body, stop = parse(tokens, ('else', 'endif'))
                other = parse(tokens, ('endif',))[0] if stop == 'else' else []
                nodes.append(('if', ' '.join(words[1:]), body, other))
            else:
                raise TemplateError('bad tag %s' % words[0])
        elif tok.startswith('{{'):
            nodes.append(('var', tok[2:-2].strip()))
        elif tok:
            nodes.append(('text', tok))
    if end:
        raise TemplateError('missing %s' % '/'.join(end))
    return nodes, None

def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == 'text':
            out.append(node[1])
        elif kind == 'var':
            out.append(str(resolve(node[1], ctx)))
        elif kind == 'for':
            seq = resolve(node[2], ctx)
            for i, item in enumerate(seq):
                out.append(render(node[3], dict(ctx, **{node[1]: item, 'loop': {'index': i + 1, 'last': i == len(seq) - 1}})))
        elif kind == 'if':
            neg = node[1].startswith('not ')
            val = bool(resolve(node[1][4:] if neg else node[1], ctx))
            out.append(render(node[2] if val != neg else node[3], ctx))
    return ''.join(out)

def template(src, **ctx):
    try:
        return render(parse(TOKEN.split(src))[0], ctx)
    except TemplateError as e:
        return 'ERROR: %s' % e

print(template('Hello {{ name|title }}!', name='ada lovelace'))
print(template('{% for u in users %}{{loop.index}}. {{ u.name|upper }}{% if u.admin %} (admin){% endif %}{% if not loop.last %}, {% endif %}{% endfor %}',
               users=[{'name': 'amy', 'admin': True}, {'name': 'bob', 'admin': False}, {'name': 'cy', 'admin': False}]))
print(template('<p>{{ msg|escape }}</p> has {{ msg|len }} chars', msg='a < b & c'))
print(template('{% if items %}{{ items|len }} items{% else %}empty{% endif %}', items=[]))
print(template('{% if items %}{{ items|len }} items{% else %}empty{% endif %}', items=[1, 2]))
print(template('{{ missing }}'))
print(template('{{ x|reverse }}', x='abc'))
print(template('{% for a in xs %}oops', xs=[1]))
print(template('{% while %}'))
print(template('{{ n.real }}+{{ n.imag }}j {{ s.__class__.__name__ }}', s='x', n=5))
print(TOKEN.split('a{{b}}c{%d%}e'))

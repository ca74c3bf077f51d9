# HTTP content negotiation: parse Accept / Accept-Language with q-values, pick best match, CORS checks.
def parse_accept(header):
    items = []
    for i, part in enumerate(header.split(',')):
        part = part.strip()
        if not part:
            continue
        value, *params = [p.strip() for p in part.split(';')]
        q = 1.0
        extras = {}
        for p in params:
            k, _, v = p.partition('=')
            if k.strip() == 'q':
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
            else:
                extras[k.strip()] = v.strip()
        specificity = 0 if value == '*/*' else 1 if value.endswith('/*') else 2 + len(extras)
        items.append((value.lower(), q, specificity, i, extras))
    return sorted(items, key=lambda t: (-t[1], -t[2], t[3]))

def match_type(offer, pattern):
    if pattern == '*/*':
        return True
    otype, _, osub = offer.partition('/')
    ptype, _, psub = pattern.partition('/')
    return otype == ptype and psub in ('*', osub)

def best_match(offers, header, default=None):
    best, best_key = default, None
    for value, q, spec, idx, _ in parse_accept(header or '*/*'):
        if q == 0:
            continue
        for pos, offer in enumerate(offers):
            if match_type(offer, value):
                key = (q, spec, -pos)
                if best_key is None or key > best_key:
                    best, best_key = offer, key
    return best

def best_language(available, header):
    prefs = parse_accept(header)
    for value, q, _, _, _ in prefs:
        if q == 0:
            continue
        for lang in available:
            if lang.lower() == value or lang.lower().split('-')[0] == value or value == '*':
                return lang
    return available[0]

OFFERS = ['application/json', 'text/html', 'text/plain']
for header in ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'application/json',
               'text/*;q=0.5, application/json;q=0.4', 'image/png', '*/*', '', 'text/plain;q=0, text/*',
               'text/html;level=1, text/html;q=0.1, */*;q=0.2', 'application/json;q=abc, text/plain;q=0.3']:
    print('%-62r -> %s' % (header, best_match(OFFERS, header, default='406')))
print([(v, q) for v, q, *_ in parse_accept('a/b;q=0.5, c/d, e/*;q=0.5, */*;q=0.1, x/y;q=2')])
for header in ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'de', 'es, *;q=0', 'EN-gb', 'pt;q=0, ja']:
    print('%-45s -> %s' % (header, best_language(['en-US', 'de-DE', 'fr'], header)))

ALLOWED_ORIGINS = {'https://app.example.com', 'https://admin.example.com'}
def cors_headers(method, origin, req_method=None, req_headers=''):
    if origin not in ALLOWED_ORIGINS:
        return []
    out = [('Access-Control-Allow-Origin', origin), ('Vary', 'Origin')]
    if method == 'OPTIONS' and req_method:
        if req_method not in ('GET', 'POST', 'PUT'):
            return []
        asked = sorted({h.strip().lower() for h in req_headers.split(',') if h.strip()})
        out += [('Access-Control-Allow-Methods', 'GET, POST, PUT'), ('Access-Control-Allow-Headers', ', '.join(asked)),
                ('Access-Control-Max-Age', str(600))]
    return out

print(cors_headers('GET', 'https://app.example.com'))
print(cors_headers('GET', 'https://evil.example.com'))
print(cors_headers('OPTIONS', 'https://admin.example.com', 'PUT', 'X-Token, content-type,  x-token'))
print(cors_headers('OPTIONS', 'https://admin.example.com', 'DELETE'))

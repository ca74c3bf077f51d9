from http.cookies import SimpleCookie, Morsel, CookieError, BaseCookie
import http.cookies as hc
def show(c):
    return sorted((k, m.value, m.coded_value) for k, m in c.items())
for header in ['a=1', 'a=1; b=2', 'a="quoted value"; b=plain', 'x="\\"esc\\""', 'k=v; Path=/p; Secure', 'n=; m=2', 'sp = padded ; q=3', 'uni=caf\\303\\251', '$Version=1; a=1', 'a=1; a=2']:
    c = SimpleCookie()
    c.load(header)
    print('%-28r %s' % (header, show(c)))
c = SimpleCookie()
for k, v in [('plain', 'abc'), ('space', 'a b'), ('semi', 'a;b'), ('comma', 'a,b'), ('quote', 'say "hi"'), ('unicode', 'caf\u00e9'), ('empty', ''), ('eq', 'a=b')]:
    c[k] = v
for k in sorted(c):
    print(k, repr(c[k].value), c[k].coded_value, c[k].OutputString())
back = SimpleCookie()
back.load('; '.join(c[k].OutputString() for k in sorted(c)))
print(all(back[k].value == c[k].value for k in c), sorted(back) == sorted(c))
m = Morsel()
print(sorted(m.keys()))
m.set('sid', 'v1', 'v1')
m['expires'] = 'Thu, 01 Jan 2026 00:00:00 GMT'
m['max-age'] = 0
m['samesite'] = 'Strict'
m['secure'] = True
print(m.OutputString(), '|', m.output())
print(m.OutputString(attrs=['path', 'secure']), m.key, m['secure'], m.get('domain'), 'expires' in m)
m2 = m.copy()
m2['path'] = '/other'
print(m['path'] == '', m2['path'], type(m2).__name__)
for bad_key in ['a b', 'a;b', 'a=b', 'tab\t']:
    try:
        Morsel().set(bad_key, 'v', 'v')
        print('accepted', repr(bad_key))
    except CookieError as e:
        print('CookieError', e)
try:
    Morsel()['unknown'] = 1
except CookieError as e:
    print('CookieError', e)
c = SimpleCookie()
c['x'] = 'y'
c['x']['max-age'] = 10
c['x']['path'] = '/'
print(repr(c), str(c), c.output(header='Cookie:', sep='; '))
print(c.value_decode('"abc"'), c.value_encode('a b'), hc._quote('plain') if hasattr(hc, '_quote') else 'plain', hc._unquote('"a\\"b"') if hasattr(hc, '_unquote') else 'a"b')
class JSONishCookie(BaseCookie):
    def value_decode(self, val):
        return val.upper(), val
    def value_encode(self, val):
        s = str(val)
        return s, s.lower()
jc = JSONishCookie()
jc['t'] = 'MiXeD'
jc.load('u=lower')
print(jc['t'].value, jc['t'].coded_value, jc['u'].value, jc['u'].coded_value)

from http import HTTPStatus
from http.cookies import SimpleCookie, Morsel, CookieError
import http
for code in [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 418, 422, 429, 500, 502, 503]:
    st = HTTPStatus(code)
    print(code, st.name, st.phrase, '|', st.description)
print(HTTPStatus.OK.value, HTTPStatus['NOT_FOUND'].value, HTTPStatus.OK + 1, HTTPStatus.CREATED > 200, isinstance(HTTPStatus.OK, int), str(int(HTTPStatus.OK)))
print(repr(HTTPStatus.NO_CONTENT), '%s %s' % (HTTPStatus.OK.value, HTTPStatus.OK.phrase), f'{HTTPStatus.ACCEPTED.value} {HTTPStatus.ACCEPTED.phrase}')
print(len(list(HTTPStatus)) > 50, [s.value for s in HTTPStatus][:5], HTTPStatus(302) is HTTPStatus.FOUND, HTTPStatus.OK in (200, 201))
try:
    HTTPStatus(299)
except ValueError as e:
    print('ValueError', e)
def status_line(code):
    s = HTTPStatus(code)
    return '%d %s' % (s, s.phrase)
print(status_line(404), status_line(500), {HTTPStatus.OK: 'ok'}[200])
# cookies: load
c = SimpleCookie()
c.load('sid=abc123; csrftoken=Xyz; pref="a b;c"; lang=en-US')
print(sorted(c), [(k, c[k].value, c[k].coded_value) for k in sorted(c)])
c2 = SimpleCookie('a=1; Path=/; Domain=example.com; b=2; Max-Age=60; HttpOnly')
print(sorted(c2), c2['a']['path'], c2['a']['domain'], c2['b']['max-age'], c2['b']['httponly'], repr(c2['a']['secure']))
c3 = SimpleCookie()
c3.load({'x': 'plain', 'y': 'needs quoting'})
print(c3.output(sep='|'), c3.output(attrs=[], header='Cookie:'))
# building Set-Cookie headers
out = SimpleCookie()
out['session'] = 'tok123'
m = out['session']
m['path'] = '/app'
m['domain'] = '.example.com'
m['secure'] = True
m['httponly'] = True
m['samesite'] = 'Lax'
m['max-age'] = 86400
m['comment'] = 'login'
print(m.OutputString())
out['pref'] = 'dark'
out['pref']['expires'] = 'Wed, 21 Oct 2026 07:28:00 GMT'
print(out.output())
print(out.js_output().count('document.cookie'), sorted(out.keys()), out['pref'].key, out['pref'].value)
print(m.output(header='X-Cookie:'), repr(m), m.isReservedKey('path'), m.isReservedKey('foo'))
# Morsel directly
mo = Morsel()
mo.set('name', 'val', '"val"')
mo['version'] = 1
print(mo.key, mo.value, mo.coded_value, mo.OutputString(), sorted(k for k in mo if mo[k])[:3])
try:
    mo['badattr'] = 1
except CookieError as e:
    print('CookieError', e)
try:
    mo.set('bad key', 'v', 'v')
except CookieError as e:
    print('CookieError', e)
mo2 = Morsel()
mo2.set('name', 'val', '"val"')
mo2['version'] = 1
print(mo == mo2, mo.copy() == mo, isinstance(mo, dict))
quoted = SimpleCookie()
quoted['q'] = 'semi;colon "quote" \\ back'
print(quoted.output())
back = SimpleCookie(quoted.output(header='').strip())
print(repr(back['q'].value))
bad = SimpleCookie()
bad.load('good=1; bad cookie here; other=2')
print(sorted(bad))
print(http.HTTPMethod.GET if hasattr(http, 'HTTPMethod') else 'GET', http.HTTPStatus.IM_A_TEAPOT.phrase)

# http.client: responses table, status constants, exception classes
import http.client as httplib
from http import HTTPStatus

print(httplib.responses[200], httplib.responses[404], httplib.responses[418], len(httplib.responses) > 50)
print(httplib.OK, httplib.NOT_FOUND, httplib.OK == 200, httplib.OK is HTTPStatus.OK, repr(httplib.FOUND))
print(httplib.HTTP_PORT, httplib.HTTPS_PORT, httplib.error is httplib.HTTPException)
print(sorted(httplib.responses)[:5], [type(k).__name__ for k in list(httplib.responses)[:1]])
for cls in (httplib.NotConnected, httplib.InvalidURL, httplib.CannotSendRequest,
            httplib.ResponseNotReady, httplib.BadStatusLine, httplib.RemoteDisconnected):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
e = httplib.IncompleteRead(b'abc', 5)
print(repr(e), str(e), e.partial, e.expected, e.args)
print(repr(httplib.IncompleteRead(b'xy')))
e = httplib.BadStatusLine('')
print(e.args, e.line, str(e))
print(str(httplib.LineTooLong('header line')))
e = httplib.UnknownProtocol('HTTP/9')
print(e.args, e.version)
try:
    raise httplib.RemoteDisconnected('Remote end closed connection without response')
except ConnectionError as e:
    print('caught', type(e).__name__, e, isinstance(e, httplib.HTTPException))
print('OK' in httplib.__all__, 'responses' in httplib.__all__)

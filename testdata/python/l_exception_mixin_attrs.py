# An exception class that also inherits a plain Python class (bottle's
# HTTPResponse(BaseResponse, BottleException)): the mixin's methods,
# property setters and classmethods set attributes on the instance.
class BaseResponse(object):
    default_status = 200

    def __init__(self, body='', status=None):
        self._cookies = None
        self.body = body
        self.status = status or self.default_status

    def _get_status(self):
        return self._status_line

    def _set_status(self, code):
        self._status_code = code
        self._status_line = '%d Something' % code

    status = property(_get_status, _set_status)

    @classmethod
    def make(cls, body):
        r = cls(body)
        r.made_by = cls.__name__
        return r

    def copy(self):
        c = BaseResponse()
        c._cookies = self._cookies
        return c


class AppError(Exception):
    pass


class HTTPResponse(BaseResponse, AppError):
    def __init__(self, body='', status=None, **more):
        super(HTTPResponse, self).__init__(body, status)
        self.more = more

    def apply(self, response):
        response._cookies = self._cookies


r = HTTPResponse('x', 404, a=1)
print(r.body, r._cookies, r.status, r._status_code, r.more)
r.status = 201
print(r.status, r._status_code)
m = HTTPResponse.make('y')
print(m.made_by, m.body, m.status)
other = BaseResponse('z')
r.apply(other)
print(other._cookies, other.copy()._cookies)
try:
    raise HTTPResponse('boom', 500)
except AppError as e:
    print(type(e).__name__, e.body, e.status, isinstance(e, BaseResponse))
print(hasattr(r, 'body'), hasattr(r, 'nothing'), getattr(r, 'nothing', 'dflt'))

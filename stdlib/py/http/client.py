"""http.client: the status tables and exceptions of CPython's HTTP client.

Provides responses (status code -> reason phrase), every HTTPStatus member
as a module constant (OK, NOT_FOUND, ...), HTTP_PORT, HTTPS_PORT and the
exception classes HTTPException, NotConnected, InvalidURL,
UnknownProtocol, UnknownTransferEncoding, UnimplementedFileMode,
IncompleteRead, ImproperConnectionState, CannotSendRequest,
CannotSendHeader, ResponseNotReady, BadStatusLine, LineTooLong and
RemoteDisconnected.

Differences from CPython: there is no socket module, so HTTPConnection,
HTTPSConnection, HTTPResponse and parse_headers are not provided; a WSGI
application that makes outgoing HTTP requests cannot use this module.
"""

from http import HTTPStatus

__all__ = ["HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

globals().update(HTTPStatus.__members__)

responses = {v: v.phrase for v in HTTPStatus.__members__.values()}

_MAXLINE = 65536
_MAXHEADERS = 100


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__,
                                        len(self.partial), e)

    def __str__(self):
        return repr(self)


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException

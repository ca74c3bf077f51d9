"""decimal: decimal fixed and floating point arithmetic, written from the
documentation (the General Decimal Arithmetic specification).

Provides Decimal (from str, int, float exactly, a (sign, digits, exponent)
tuple or another Decimal; str/repr in the specification's scientific
form, e.g. Decimal('1E+400'); + - * / // % ** (integer powers), unary
- + abs, comparisons with Decimal and int (and exactly with float),
hashing equal to equal ints and floats, int(), float(), round(),
format() with 'f', 'e', 'g', '%' and '' specs; quantize, normalize,
to_integral_value, to_integral, as_tuple, adjusted, copy_abs,
copy_negate, copy_sign, is_nan, is_snan, is_qnan, is_infinite,
is_finite, is_zero, is_signed, sqrt, from_float), Context (prec,
rounding; getcontext, setcontext, localcontext, DefaultContext,
BasicContext, ExtendedContext), the rounding modes ROUND_HALF_EVEN,
ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
ROUND_FLOOR, ROUND_05UP, DecimalTuple, and the signals DecimalException,
InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
Subnormal, Clamped, FloatOperation.
Differences from CPython: the context's Emax/Emin are not enforced (no
Overflow/Underflow), traps other than InvalidOperation and
DivisionByZero are not raised, flags are not recorded, NaN payloads and
signalling NaNs in arithmetic give a quiet NaN.
"""
import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(cls):
    # CPython's message lists the conditions: [<class 'decimal.DivisionByZero'>]
    return cls([cls])


class Context(object):
    """Contains the context for a Decimal instance: precision and rounding."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = prec if prec is not None else 28
        self.rounding = rounding if rounding is not None else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else -999999
        self.Emax = Emax if Emax is not None else 999999
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = dict(flags) if isinstance(flags, dict) else {}
        self.traps = dict(traps) if isinstance(traps, dict) else {InvalidOperation: True, DivisionByZero: True, Overflow: True}

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags, self.traps)

    __copy__ = copy

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[], '
                'traps=[InvalidOperation, DivisionByZero, Overflow])' % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)
_current = [Context()]


def getcontext():
    """Returns this interpreter's current context."""
    return _current[0]


def setcontext(context):
    """Set this interpreter's current context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of the current (or given) context."""
    if ctx is None:
        ctx = getcontext()
    cm = _ContextManager(ctx)
    for k, v in kwargs.items():
        setattr(cm.new_context, k, v)
    return cm


def _round_int(sign, c, drop, mode):
    """c with its last drop digits removed, rounded by mode (sign is the
    value's sign: 1 negative)."""
    if drop <= 0:
        return c * 10 ** (-drop)
    div = 10 ** drop
    q, r = divmod(c, div)
    if r == 0:
        return q
    half = r * 2
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    elif mode == ROUND_HALF_UP:
        up = half >= div
    elif mode == ROUND_HALF_DOWN:
        up = half > div
    elif mode == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        up = half > div or (half == div and q % 2 == 1)
    return q + 1 if up else q


_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _parse(s):
    """(sign, digits str, exp or 'n'/'N'/'F') of a numeric string, or None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 'F'
    if low.startswith('nan') or low.startswith('snan'):
        payload = low[4:] if low.startswith('snan') else low[3:]
        if payload and not payload.isdigit():
            return None
        return sign, str(int(payload)) if payload else '', 'N' if low.startswith('snan') else 'n'
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        e = low[epos + 1:]
        low = low[:epos]
        if e[:1] in '+-':
            if not e[1:].isdigit():
                return None
        elif not e.isdigit():
            return None
        exp = int(e)
    if '.' in low:
        intpart, frac = low.split('.', 1)
    else:
        intpart, frac = low, ''
    if not (intpart or frac) or (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    if not all(c in '0123456789' for c in intpart + frac):
        return None
    digits = (intpart + frac).lstrip('0') or '0'
    return sign, digits, exp - len(frac)


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            t = _parse(value)
            if t is None:
                raise InvalidOperation([ConversionSyntax])
            self._sign, self._int, self._exp = t
            self._is_special = isinstance(self._exp, str)
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp in ('n', 'N', 'F'):
                self._sign, self._int, self._exp, self._is_special = sign, ''.join(map(str, digits)).lstrip('0') if exp != 'F' else '0', exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for dg in digits:
                if not (isinstance(dg, int) and 0 <= dg <= 9):
                    raise ValueError("The second value in the tuple must be composed of integers in the range 0 through 9.")
            self._sign = sign
            self._int = ''.join(map(str, digits)).lstrip('0') or '0'
            self._exp = exp
            self._is_special = False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Converts a float (or int) to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls((sign, tuple(int(c) for c in str(n * 5 ** k)), -k))

    # --- helpers
    def _make(self, sign, c, exp):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._is_special = sign, str(c), exp, False
        return d

    def _fix(self, context=None):
        """self rounded to the context's precision."""
        if self._is_special:
            return self
        context = context or getcontext()
        n = len(self._int)
        if n <= context.prec:
            return self
        drop = n - context.prec
        c = _round_int(self._sign, int(self._int), drop, context.rounding)
        exp = self._exp + drop
        if len(str(c)) > context.prec:
            c //= 10
            exp += 1
        return self._make(self._sign, c, exp)

    def _value(self):
        c = int(self._int)
        return -c if self._sign else c

    def _isnan(self):
        return self._exp in ('n', 'N')

    def _isinf(self):
        return self._exp == 'F'

    # --- conversion to text
    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._int
            return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        kind = spec[-1]
        if kind in 'fF%' and not self._is_special:
            body = spec[:-1]
            prec = None  # Decimal's default: the digits it has
            if '.' in body:
                body, p = body.rsplit('.', 1)
                prec = int(p)
            value = self._make(self._sign, int(self._int), self._exp + 2) if kind == '%' else self
            if prec is not None:
                value = value.quantize(Decimal((0, (1,), -prec)), rounding=getcontext().rounding)
            s = value._plain()
            if kind == '%':
                s += '%'
            return format(s, body.replace(',', '').replace('_', '') + 's' if body and body[-1:].isdigit() else body.replace(',', '').replace('_', '')) if body else s
        return format(float(self), spec)

    def _plain(self):
        sign = '-' if self._sign else ''
        if self._exp >= 0:
            return sign + self._int + '0' * self._exp
        digits = self._int.rjust(-self._exp + 1, '0')
        return sign + digits[:self._exp] + '.' + digits[self._exp:]

    def as_tuple(self):
        if self._is_special:
            return DecimalTuple(self._sign, tuple(int(c) for c in self._int) or (0,) if self._exp == 'F' else tuple(int(c) for c in self._int), self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in self._int), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            raise ValueError("cannot convert NaN to integer ratio" if self._isnan() else "cannot convert Infinity to integer ratio")
        from fractions import Fraction
        f = Fraction(self._value()) * (Fraction(10) ** self._exp)
        return f.numerator, f.denominator

    # --- predicates
    def is_nan(self):
        return self._isnan()

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def copy_abs(self):
        d = Decimal(self)
        d._sign = 0
        return d

    def copy_negate(self):
        d = Decimal(self)
        d._sign = 1 - self._sign
        return d

    def copy_sign(self, other):
        d = Decimal(self)
        d._sign = _convert(other, True)._sign
        return d

    def __bool__(self):
        return self._is_special or self._int != '0'

    # --- comparisons and hashing
    def _cmp(self, other):
        """-1, 0, 1; None when either is a NaN."""
        if self._isnan() or other._isnan():
            return None
        if self._isinf() or other._isinf():
            a = 0 if not self._isinf() else (-1 if self._sign else 1)
            b = 0 if not other._isinf() else (-1 if other._sign else 1)
            if a == b and a:
                return 0
            if a or b:
                return (a > b) - (a < b)
        e = min(self._exp, other._exp)
        x = self._value() * 10 ** (self._exp - e)
        y = other._value() * 10 ** (other._exp - e)
        return (x > y) - (x < y)

    def _compare_other(self, other):
        if isinstance(other, float):
            return Decimal.from_float(other)
        return _convert(other, False)

    def __eq__(self, other):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other
        return self._cmp(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        other = self._compare_other(other)
        if other is NotImplemented:
            return other, None
        c = self._cmp(other)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return other, c

    def __lt__(self, other):
        o, c = self._order(other, '<')
        return o if o is NotImplemented else c < 0

    def __le__(self, other):
        o, c = self._order(other, '<=')
        return o if o is NotImplemented else c <= 0

    def __gt__(self, other):
        o, c = self._order(other, '>')
        return o if o is NotImplemented else c > 0

    def __ge__(self, other):
        o, c = self._order(other, '>=')
        return o if o is NotImplemented else c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        c = self._cmp(other)
        if c is None:
            return Decimal('NaN')
        return Decimal(c)

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    # --- arithmetic
    def _nan_result(self, other=None):
        if self._isnan():
            return Decimal('NaN')
        if other is not None and other._isnan():
            return Decimal('NaN')
        return None

    def __add__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        n = self._nan_result(other)
        if n is not None:
            return n
        if self._isinf() or other._isinf():
            if self._isinf() and other._isinf() and self._sign != other._sign:
                raise InvalidOperation([InvalidOperation])
            return Decimal(self if self._isinf() else other)
        e = min(self._exp, other._exp)
        v = self._value() * 10 ** (self._exp - e) + other._value() * 10 ** (other._exp - e)
        if v == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if v < 0 else 0
        return self._make(sign, abs(v), e)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        n = self._nan_result(other)
        if n is not None:
            return n
        sign = self._sign ^ other._sign
        if self._isinf() or other._isinf():
            if self.is_zero() or other.is_zero():
                raise InvalidOperation([InvalidOperation])
            return Decimal((sign, (0,), 'F'))
        return self._make(sign, int(self._int) * int(other._int), self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        n = self._nan_result(other)
        if n is not None:
            return n
        sign = self._sign ^ other._sign
        if self._isinf() or other._isinf():
            if self._isinf() and other._isinf():
                raise InvalidOperation([InvalidOperation])
            if self._isinf():
                return Decimal((sign, (0,), 'F'))
            return self._make(sign, 0, 0)
        if other.is_zero():
            if self.is_zero():
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        ideal = self._exp - other._exp
        if self.is_zero():
            return self._make(sign, 0, ideal)
        c1, c2 = int(self._int), int(other._int)
        shift = len(other._int) - len(self._int) + context.prec + 1
        if shift >= 0:
            q, r = divmod(c1 * 10 ** shift, c2)
        else:
            q, r = divmod(c1, c2 * 10 ** (-shift))
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1  # sticky digit: the quotient is inexact
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return self._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod(self, other, context=None):
        if self._is_special or other._is_special:
            raise InvalidOperation([InvalidOperation])
        if other.is_zero():
            if self.is_zero():
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        e = min(self._exp, other._exp)
        x = self._value() * 10 ** (self._exp - e)
        y = other._value() * 10 ** (other._exp - e)
        q = abs(x) // abs(y)
        if (x < 0) != (y < 0):
            q = -q
        r = x - q * y
        qd = Decimal(q)
        rd = self._make(1 if (r < 0 or (r == 0 and self._sign)) else 0, abs(r), e)._fix(context)
        return qd, rd

    def __floordiv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return self._divmod(other, context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        if other._is_special or other._exp < 0 and int(other._int) % 10 ** (-other._exp):
            return Decimal(float(self) ** float(other))
        n = other._value() * 10 ** other._exp if other._exp >= 0 else other._value() // 10 ** (-other._exp)
        if n >= 0:
            result = self._make(self._sign if n % 2 else 0, int(self._int) ** n, self._exp * n)
            return result._fix(context)
        return Decimal(1).__truediv__(self.__pow__(Decimal(-n)), context)

    def __rpow__(self, other, context=None):
        other = _convert(other, False)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if self._is_special:
            return self.copy_negate()
        d = self.copy_negate()
        if d.is_zero():
            d._sign = 0
        return d._fix(context)

    def __pos__(self, context=None):
        d = Decimal(self)
        if d.is_zero():
            d._sign = 0
        return d._fix(context)

    def __abs__(self, round=True, context=None):
        return self.copy_abs()._fix(context)

    # --- conversion to numbers
    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal((0, (1,), -n)))
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def quantize(self, exp, rounding=None, context=None):
        """A value equal to self (rounded), having the exponent of exp."""
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            if self._isinf() and exp._isinf():
                return Decimal(self)
            if self._isnan() or exp._isnan():
                return Decimal('NaN')
            raise InvalidOperation([InvalidOperation])
        c = _round_int(self._sign, int(self._int), exp._exp - self._exp, rounding)
        if len(str(c)) > context.prec:
            raise InvalidOperation([InvalidOperation])
        return self._make(self._sign, c, exp._exp)

    def to_integral_value(self, rounding=None, context=None):
        """Rounds to the nearest integer, without signalling Inexact."""
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        rounding = rounding or (context or getcontext()).rounding
        return self._make(self._sign, _round_int(self._sign, int(self._int), -self._exp, rounding), 0)

    to_integral = to_integral_value
    to_integral_exact = to_integral_value

    def normalize(self, context=None):
        """Normalize- strip trailing zeros, round to the context."""
        if self._is_special:
            return Decimal(self)
        d = self._fix(context)
        if d._int == '0':
            return self._make(d._sign, 0, 0)
        c, exp = int(d._int), d._exp
        while c % 10 == 0:
            c //= 10
            exp += 1
        return self._make(d._sign, c, exp)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context's precision."""
        context = context or getcontext()
        if self._is_special:
            if self._isinf() and not self._sign:
                return Decimal(self)
            if self._isnan():
                return Decimal('NaN')
            raise InvalidOperation([InvalidOperation])
        if self.is_zero():
            return self._make(self._sign, 0, self._exp // 2)
        if self._sign:
            raise InvalidOperation([InvalidOperation])
        prec = context.prec + 2
        c, e = int(self._int), self._exp
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec * 2 - len(str(c)))
        shift += shift % 2
        r = _math.isqrt(c * 10 ** shift)
        exact = r * r == c * 10 ** shift
        exp = (e - shift) // 2
        if exact:
            while exp < self._exp // 2 and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        return self._make(0, r, exp)._fix(context)

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self._cmp(other) <= 0 else other

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _convert(other, raise_error):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented

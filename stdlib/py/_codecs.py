"""_codecs: the two functions of CPython's _codecs that pickles name.

encode(obj, encoding='utf-8', errors='strict') and decode(obj,
encoding='utf-8', errors='strict') through str.encode/bytes.decode:
protocol 0-2 pickles of bytes are written as _codecs.encode(latin-1 text,
'latin1') (and Python 2 pickles read back that way). Difference: no codec
registry (lookup, register) here.
"""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)

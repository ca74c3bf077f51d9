H = 'helper'


def f():
    from . import other
    return other.O

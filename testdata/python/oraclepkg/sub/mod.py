from .. import other
from . import S
M = 'mod ' + other.O + ' ' + S

# CPython 3.11 integer/string conversion length limit (4300 digits)
import sys

def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', r if isinstance(r, (bool, int)) and r < 10 ** 10 else len(str(r)) if isinstance(r, int) and r.bit_length() < 14000 else type(r).__name__)
    except ValueError as e:
        print(label, type(e).__name__, e)

show('int 4300', lambda: int('7' * 4300))
show('int 4301', lambda: int('7' * 4301))
big = 10 ** 5000
show('str big', lambda: str(big))
show('repr big', lambda: repr(big))
show('hex big ok', lambda: len(hex(big)) > 0)
show('fstring big', lambda: f'{big}')
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
show('after raise', lambda: len(str(big)))
sys.set_int_max_str_digits(0)
show('unlimited', lambda: len(str(10 ** 7000)))
print(sys.int_info.default_max_str_digits)

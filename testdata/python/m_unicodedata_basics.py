# unicodedata: normal forms, categories, names, digits, and its errors
import unicodedata as u
for s in ['café', 'e\u0301', 'ﬁ', 'Å', '①', 'ｶ']:
    print([u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], u.is_normalized('NFC', s))
for c in 'aA1 \u0301中한€½٣\u200b\n':
    print(repr(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.name(c, '?'), u.decimal(c, None), u.digit(c, None))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('euro sign'), u.lookup('HANGUL SYLLABLE HAN'), u.lookup('CJK UNIFIED IDEOGRAPH-4E2D'))
for bad in [lambda: u.name('\x00'), lambda: u.lookup('NO SUCH THING'), lambda: u.decimal('a'), lambda: u.normalize('X', 'a'), lambda: u.category('ab')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(u.numeric('7'), u.numeric('x', -1))

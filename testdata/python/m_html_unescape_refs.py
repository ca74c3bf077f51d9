import html
cases = ['&#0;', '&#13;', '&#x81;', '&#x8D;', '&#x9F;', '&#128;', '&#xFFFE;', '&#x10FFFF;', '&#x110000;', '&#99999999999999999999;', '&#xD800', '&#65', '&#x41x', '&#;', '&#x;', '&#', '&', '&&amp;', '&amp', '&ampx', '&notit;', '&notin;', '&not', '&lt-x', '&LT;', '&Lt;', '&abcdefghijklmnopqrstuvwxyzabcdefghijklmnop;', '& amp;', '&#00065;', '&#x0;', '&#9;', '&#11;', '&#127;', '&#x1F600;', '&fjlig;', '&NotNestedGreaterGreater;', '&acE;', '&amp;lt;', 'a&b&c', '&#65;&#66;&gt;']
for c in cases:
    print(repr(c), ascii(html.unescape(c)))

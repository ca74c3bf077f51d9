# Field validators for a signup form: regex emails/URLs/usernames, password strength, composable checks.
import re

EMAIL = re.compile(r'^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$')
URL = re.compile(r'^(?P<scheme>https?)://(?P<host>[A-Za-z0-9.-]+)(?::(?P<port>\d{1,5}))?(?P<path>/[^\s?#]*)?(?:\?(?P<q>[^\s#]*))?(?:#(?P<frag>\S*))?$')
USERNAME = re.compile(r'^(?=.{3,16}$)[a-z][a-z0-9_]*(?<!_)$')

class Invalid(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

def required(v):
    if v is None or (isinstance(v, str) and not v.strip()):
        raise Invalid('This field is required.', 'required')
    return v.strip() if isinstance(v, str) else v

def matches(rx, code, message):
    def check(v):
        if not rx.match(v):
            raise Invalid(message, code)
        return v
    return check

def length(lo=0, hi=None):
    def check(v):
        if len(v) < lo or (hi is not None and len(v) > hi):
            raise Invalid('Length must be between %d and %s.' % (lo, hi if hi else 'inf'), 'length')
        return v
    return check

def strong_password(v):
    classes = [bool(re.search(p, v)) for p in (r'[a-z]', r'[A-Z]', r'\d', r'[^\w\s]')]
    score = sum(classes) + (len(v) >= 12)
    if score < 4:
        missing = [name for ok, name in zip(classes, ('lower', 'upper', 'digit', 'symbol')) if not ok]
        raise Invalid('Weak password (score %d); missing: %s' % (score, ', '.join(missing) or 'length'), 'weak')
    return v

def lowercase(v):
    return v.lower()

SCHEMA = {
    'username': [required, lowercase, matches(USERNAME, 'username', 'Invalid username.')],
    'email': [required, lowercase, matches(EMAIL, 'email', 'Enter a valid email address.')],
    'homepage': [matches(URL, 'url', 'Enter a valid URL.')],
    'password': [required, length(8, 64), strong_password],
}

def validate(form):
    clean, errors = {}, {}
    for field, checks in SCHEMA.items():
        value = form.get(field)
        if value in (None, '') and required not in checks:
            continue
        try:
            for check in checks:
                value = check(value)
            clean[field] = value
        except Invalid as e:
            errors[field] = '%s [%s]' % (e, e.code)
    return clean, errors

forms = [
    {'username': 'Alice_01', 'email': 'Alice@Example.COM', 'homepage': 'https://alice.dev:8443/blog?x=1#top', 'password': 'Tr0ub4dor&3x'},
    {'username': 'al', 'email': 'bad@', 'homepage': 'ftp://x', 'password': 'password'},
    {'username': '   ', 'email': 'a.b+c@sub.mail.co.uk', 'password': 'Short1!'},
    {'username': 'bob_', 'email': 'x@y.z', 'homepage': '', 'password': 'abcdefghijklMNOP'},
    {'username': '9lives', 'password': 'C0rrect-Horse'},
]
for form in forms:
    clean, errors = validate(form)
    print('clean: ', sorted(clean.items()))
    for field in sorted(errors):
        print('  %-9s %s' % (field, errors[field]))
m = URL.match('http://localhost:8000/api/v1/items?page=2&sort=-id#frag')
print(m.groupdict(), m.group('host', 'port'), m.span('path'), m.lastgroup, m.lastindex)
print(USERNAME.pattern, bool(USERNAME.match('abc')), bool(USERNAME.match('abcdefghijklmnopq')), EMAIL.flags & re.UNICODE != 0)
print(re.split(r'(?<=[a-z])(?=[A-Z])', 'camelCaseString'), re.sub(r'(?P<w>\w+)@', r'<\g<w>>@', 'me@x you@y'))

import textwrap, pprint
COMMANDS = {
    'runserver': 'Starts a lightweight web server for development, serving static files and reloading the code automatically whenever a source file changes.',
    'migrate': 'Updates the database schema.',
    'createsuperuser': 'Creates a superuser account (a user who has all permissions). You will be prompted for a username, an email address and a password unless --noinput is given.',
}
def help_text(width=60):
    lines = ['Usage: manage.py <command> [options]', '', 'Commands:']
    col = max(map(len, COMMANDS)) + 4
    for name in sorted(COMMANDS):
        wrapped = textwrap.wrap(COMMANDS[name], width - col)
        lines.append('  ' + name.ljust(col - 2) + wrapped[0])
        lines.extend(' ' * col + w for w in wrapped[1:])
    return '\n'.join(lines)
print(help_text())
print(help_text(45))
doc = '''
    Process a payment.

    Args:
        amount: the amount in cents. Must be positive and no larger than the account limit configured for the merchant.
        currency: ISO code.
    '''
clean = textwrap.dedent(doc).strip()
print(clean)
print(textwrap.indent(clean, '| ', lambda line: line.strip() != ''))
first, _, rest = clean.partition('\n\n')
print(repr(first), len(rest.splitlines()))
wrapper = textwrap.TextWrapper(width=40, initial_indent='- ', subsequent_indent='  ', break_long_words=True)
for item in ['Short item', 'A considerably longer bullet point that will definitely need to wrap onto multiple lines', 'https://example.com/a/very/long/url/that/cannot/be/broken/nicely/at/all']:
    print(wrapper.fill(item))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', width=25), '|', textwrap.shorten('  lots   of    space  ', width=50))
preview = lambda body: textwrap.shorten(' '.join(body.split()), 30, placeholder='...')
print([preview(b) for b in ['Hello there, this is a long message body with details.', 'Short.', 'Multi\nline\n\ntext body here for you to read']])
print(textwrap.fill('word ' * 12, width=22), textwrap.wrap('x' * 25, 10), textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('one\ttwo\tthree', 12, tabsize=4), textwrap.wrap('Line one.\nLine two.', 40))
report = {'summary': {'requests': 10432, 'errors': 17, 'p95_ms': 312.5}, 'endpoints': [{'path': '/api/users', 'hits': 5021, 'methods': ['GET', 'POST']}, {'path': '/api/orders', 'hits': 3310, 'methods': ['GET']}], 'flags': {'cache': True, 'debug': False}}
pprint.pprint(report, width=60)
pprint.pprint(report['endpoints'], width=100)
print(pprint.pformat(report['summary'], width=20))
pp = pprint.PrettyPrinter(indent=2, width=50, sort_dicts=True)
print(pp.pformat(report['flags']), pp.pformat([list(range(3)), 'abc' * 5, ('t', 1)]))
print(pprint.pformat(list(range(30)), width=40))
print(pprint.pformat({'k%02d' % i: i * i for i in range(8)}, width=30))
print(pprint.pformat([('nested', ['a' * 15, {'inner': ('b' * 15, 'c' * 15)}])], width=35))

# A management-command dispatcher (like manage.py): subcommand registry, option parsing, help text, exit codes.
class UsageError(Exception):
    pass

class Command:
    registry = {}
    name = None
    help = ''
    options = {}
    def __init_args__(self):
        pass
    @classmethod
    def register(cls, sub):
        cls.registry[sub.name] = sub
        return sub
    def parse(self, argv):
        opts = {k: default for k, (default, _) in self.options.items()}
        positional = []
        it = iter(argv)
        for arg in it:
            if arg == '--':
                positional.extend(it)
                break
            if arg.startswith('--'):
                key, eq, val = arg[2:].partition('=')
                key = key.replace('-', '_')
                if key not in self.options:
                    raise UsageError('unknown option --%s' % key.replace('_', '-'))
                default = self.options[key][0]
                if isinstance(default, bool):
                    opts[key] = val.lower() not in ('0', 'false', 'no') if eq else not default
                else:
                    if not eq:
                        val = next(it, None)
                        if val is None:
                            raise UsageError('--%s needs a value' % key)
                    try:
                        opts[key] = type(default)(val)
                    except ValueError:
                        raise UsageError('--%s expects %s, got %r' % (key, type(default).__name__, val))
            else:
                positional.append(arg)
        return positional, opts

@Command.register
class Migrate(Command):
    name, help = 'migrate', 'Apply database migrations.'
    options = {'fake': (False, 'mark as applied'), 'target': ('', 'migration name'), 'verbosity': (1, 'output level')}
    def run(self, args, fake, target, verbosity):
        steps = ['0001_initial', '0002_users', '0003_orders']
        if target:
            if target not in steps:
                raise UsageError('no migration %r' % target)
            steps = steps[:steps.index(target) + 1]
        for s in steps:
            print('  %s %s' % ('FAKED' if fake else 'Applying', s) + (' ... ok' if verbosity > 1 else ''))
        return 0

@Command.register
class Serve(Command):
    name, help = 'runserver', 'Start the development server.'
    options = {'port': (8000, 'port'), 'reload': (True, 'auto reload')}
    def run(self, args, port, reload):
        addr = args[0] if args else '127.0.0.1'
        print('  serving on http://%s:%d/ (reload=%s)' % (addr, port, reload))
        return 0 if port < 65536 else 3

def main(argv):
    if not argv or argv[0] in ('-h', '--help', 'help'):
        print('  commands:')
        for name in sorted(Command.registry):
            cmd = Command.registry[name]
            print('    %-10s %s [%s]' % (name, cmd.help, ' '.join('--' + o.replace('_', '-') for o in sorted(cmd.options))))
        return 0
    cmd_cls = Command.registry.get(argv[0])
    if cmd_cls is None:
        print('  error: unknown command %r' % argv[0])
        return 2
    cmd = cmd_cls()
    try:
        args, opts = cmd.parse(argv[1:])
        return cmd.run(args, **opts)
    except UsageError as e:
        print('  usage error (%s): %s' % (cmd.name, e))
        return 2

for line in ['', 'migrate', 'migrate --fake --target 0002_users', 'migrate --verbosity=2 --target=0001_initial',
             'migrate --target=0009', 'migrate --verbosity high', 'migrate --color', 'runserver 0.0.0.0 --port 9000 --no',
             'runserver --port=70000 --reload=false', 'runserver --port', 'runserver -- --port', 'shell']:
    print('$ manage.py ' + line)
    print('  -> exit', main(line.split()))

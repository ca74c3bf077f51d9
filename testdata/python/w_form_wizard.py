# A multi-step signup wizard: per-step forms, session-held state, back/next navigation, final summary.
class StepError(Exception):
    def __init__(self, errors):
        super().__init__('; '.join('%s: %s' % kv for kv in sorted(errors.items())))
        self.errors = errors

class Step:
    title = ''
    fields = ()
    def clean(self, data):
        errors, out = {}, {}
        for name, kind, required in self.fields:
            raw = (data.get(name) or '').strip()
            if not raw:
                if required:
                    errors[name] = 'required'
                continue
            try:
                out[name] = kind(raw)
            except ValueError:
                errors[name] = 'expected %s' % kind.__name__
        extra = self.validate(out)
        errors.update(extra or {})
        if errors:
            raise StepError(errors)
        return out
    def validate(self, values):
        return {}

class Account(Step):
    title = 'Account'
    fields = (('email', str, True), ('password', str, True), ('confirm', str, True))
    def validate(self, v):
        if v.get('password') and v.get('confirm') and v['password'] != v['confirm']:
            return {'confirm': 'does not match'}
        if '@' not in v.get('email', '@'):
            return {'email': 'invalid'}

class Profile(Step):
    title = 'Profile'
    fields = (('name', str, True), ('age', int, False), ('city', str, False))
    def validate(self, v):
        if 'age' in v and not 13 <= v['age'] <= 120:
            return {'age': 'out of range'}

class Plan(Step):
    title = 'Plan'
    fields = (('plan', str, True), ('seats', int, True))
    PRICES = {'free': 0, 'team': 800, 'business': 2000}
    def validate(self, v):
        if v.get('plan') not in self.PRICES:
            return {'plan': 'choose one of ' + '/'.join(sorted(self.PRICES))}

class Wizard:
    steps = [Account(), Profile(), Plan()]
    def __init__(self, session):
        self.session = session
        session.setdefault('wizard', {'step': 0, 'data': {}})
    @property
    def state(self):
        return self.session['wizard']
    def handle(self, action, form=None):
        st = self.state
        step = self.steps[st['step']]
        if action == 'back':
            st['step'] = max(0, st['step'] - 1)
            return 'back to %s' % self.steps[st['step']].title
        try:
            st['data'][step.title] = step.clean(form or {})
        except StepError as e:
            return 'errors on %s: %s' % (step.title, e)
        if st['step'] + 1 < len(self.steps):
            st['step'] += 1
            return 'now on %s (%d/%d)' % (self.steps[st['step']].title, st['step'] + 1, len(self.steps))
        return self.finish()
    def finish(self):
        d = self.state['data']
        plan = d['Plan']
        total = Plan.PRICES[plan['plan']] * plan['seats']
        merged = {k: v for part in d.values() for k, v in part.items() if k not in ('password', 'confirm')}
        self.session.pop('wizard')
        return 'DONE %s; %s x%d = $%d.%02d/mo' % (sorted(merged.items()), plan['plan'], plan['seats'], *divmod(total, 100))

session = {}
wiz = Wizard(session)
script = [
    ('next', {'email': 'kim', 'password': 'a', 'confirm': 'b'}),
    ('next', {'email': 'kim@ex.org', 'password': 's3cret', 'confirm': 's3cret'}),
    ('next', {'name': '  Kim  ', 'age': 'twelve'}),
    ('next', {'name': 'Kim', 'age': '9'}),
    ('back', None),
    ('next', {'email': 'kim@ex.org', 'password': 'pw', 'confirm': 'pw'}),
    ('next', {'name': 'Kim Lee', 'age': '34', 'city': ''}),
    ('next', {'plan': 'enterprise', 'seats': '5'}),
    ('next', {'plan': 'team', 'seats': '5'}),
]
for action, form in script:
    print('%-5s -> %s' % (action, wiz.handle(action, form)))
print(session, Wizard(session).state)

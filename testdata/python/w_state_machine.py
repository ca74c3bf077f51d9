# An order-workflow state machine with guards, callbacks, history and a transition table.
class TransitionError(Exception):
    pass

class StateMachine:
    transitions = {}
    initial = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        table = {}
        for name in dir(cls):
            fn = getattr(cls, name)
            spec = getattr(fn, '_transition', None)
            if spec:
                for src in spec[0]:
                    table[(src, name)] = (spec[1], fn)
        cls.transitions = table

    def __init__(self):
        self.state = self.initial
        self.history = [self.initial]

    def fire(self, event, *args):
        key = (self.state, event)
        if key not in self.transitions:
            allowed = sorted(e for (s, e) in self.transitions if s == self.state)
            raise TransitionError('cannot %s from %s (allowed: %s)' % (event, self.state, ', '.join(allowed) or 'none'))
        target, fn = self.transitions[key]
        result = fn(self, *args)
        if result is False:
            raise TransitionError('guard rejected %s' % event)
        self.state = target
        self.history.append(target)
        hook = getattr(self, 'on_enter_' + target, None)
        if hook:
            hook()
        return self

def transition(sources, target):
    if isinstance(sources, str):
        sources = (sources,)
    def deco(fn):
        fn._transition = (tuple(sources), target)
        return fn
    return deco

class Order(StateMachine):
    initial = 'new'
    def __init__(self, total):
        super().__init__()
        self.total, self.paid, self.log = total, 0, []
    @transition('new', 'pending_payment')
    def checkout(self):
        return self.total > 0
    @transition('pending_payment', 'paid')
    def pay(self, amount):
        if amount < self.total:
            return False
        self.paid = amount
    @transition(('new', 'pending_payment', 'paid'), 'cancelled')
    def cancel(self):
        pass
    @transition('paid', 'shipped')
    def ship(self):
        pass
    @transition('shipped', 'delivered')
    def deliver(self):
        pass
    def on_enter_paid(self):
        self.log.append('receipt for %d' % self.paid)
    def on_enter_cancelled(self):
        self.log.append('refund %d' % self.paid if self.paid else 'nothing to refund')

print(sorted('%s --%s--> %s' % (s, e, t[0]) for (s, e), t in Order.transitions.items()))
o = Order(100)
o.fire('checkout').fire('pay', 150).fire('ship').fire('deliver')
print(o.state, o.history, o.log)
scenarios = [
    [('checkout',), ('pay', 50)], [('pay', 10)], [('checkout',), ('cancel',)],
    [('checkout',), ('pay', 100), ('cancel',), ('ship',)], [('fly',)],
]
for steps in scenarios:
    order = Order(100)
    try:
        for step in steps:
            order.fire(*step)
        print('ok   ', order.state, order.log)
    except TransitionError as e:
        print('error', order.state, '|', e)
empty = Order(0)
try:
    empty.fire('checkout')
except TransitionError as e:
    print(e, empty.history)

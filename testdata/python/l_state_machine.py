# Realistic: order workflow state machine using class decorators, dict dispatch, enums-by-hand
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state, self.event = state, event
    def __str__(self):
        return 'cannot %s from %s' % (self.event, self.state)

def transitions(table):
    def deco(cls):
        cls.TABLE = {}
        for src, event, dst in table:
            for s in (src if isinstance(src, tuple) else (src,)):
                cls.TABLE[(s, event)] = dst
        cls.EVENTS = sorted({e for _, e, _ in table})
        for event in cls.EVENTS:
            def trigger(self, _event=event, **info):
                return self.fire(_event, **info)
            trigger.__name__ = event
            setattr(cls, event, trigger)
        return cls
    return deco

@transitions([
    ('new', 'pay', 'paid'),
    ('paid', 'ship', 'shipped'),
    ('shipped', 'deliver', 'delivered'),
    (('new', 'paid'), 'cancel', 'cancelled'),
    ('delivered', 'refund', 'refunded'),
])
class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = 'new'
        self.trail = []
    def fire(self, event, **info):
        key = (self.state, event)
        if key not in self.TABLE:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self.TABLE[key]
        hook = getattr(self, 'on_' + self.state, None)
        extra = hook(**info) if hook else None
        self.trail.append((old, event, self.state) + ((extra,) if extra else ()))
        return self
    def on_shipped(self, carrier='post'):
        return 'via ' + carrier
    def on_refunded(self, amount=0):
        return 'refund %.2f' % amount
    def allowed(self):
        return sorted(e for (s, e) in self.TABLE if s == self.state)

print(Order.EVENTS, len(Order.TABLE), Order.pay.__name__)
o = Order(1)
print(o.allowed())
o.pay().ship(carrier='ups').deliver()
print(o.state, o.allowed())
o.refund(amount=19.5)
for step in o.trail:
    print(' ', step)
o2 = Order(2)
for action in ['ship', 'pay', 'pay', 'cancel', 'deliver']:
    try:
        getattr(o2, action)()
        print('ok', action, '->', o2.state)
    except InvalidTransition as e:
        print('error', e, e.args)
orders = [Order(i) for i in range(6)]
for i, od in enumerate(orders):
    for ev in ['pay', 'ship', 'deliver', 'refund'][:i % 5]:
        od.fire(ev)
summary = {}
for od in orders:
    summary[od.state] = summary.get(od.state, 0) + 1
print(sorted(summary.items()), [od.state for od in orders if od.state.endswith('ed')])

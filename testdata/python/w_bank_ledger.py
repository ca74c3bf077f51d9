# A double-entry bank ledger using integer cents, with transfers, overdraft rules and statements.
class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__('%s needs %s but has %s' % (account, fmt(needed), fmt(available)))
        self.shortfall = needed - available

def parse_amount(text):
    text = text.strip().replace(',', '').lstrip('$')
    neg = text.startswith('-')
    whole, _, frac = text.lstrip('-').partition('.')
    if not whole.isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
        raise LedgerError('bad amount %r' % text)
    cents = int(whole) * 100 + int(frac.ljust(2, '0') or 0)
    return -cents if neg else cents

def fmt(cents):
    sign = '-' if cents < 0 else ''
    d, c = divmod(abs(cents), 100)
    return '%s$%s.%02d' % (sign, format(d, ','), c)

class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = []
    def open(self, name, overdraft=0):
        if name in self.accounts:
            raise LedgerError('account %s exists' % name)
        self.accounts[name] = {'balance': 0, 'overdraft': overdraft}
    def post(self, debit, credit, amount, memo):
        if amount <= 0:
            raise LedgerError('amount must be positive: %s' % fmt(amount))
        for name in (debit, credit):
            if name != 'cash' and name not in self.accounts:
                raise LedgerError('no such account %r' % name)
        if debit != 'cash':
            acct = self.accounts[debit]
            if acct['balance'] - amount < -acct['overdraft']:
                raise InsufficientFunds(debit, amount, acct['balance'] + acct['overdraft'])
            acct['balance'] -= amount
        if credit != 'cash':
            self.accounts[credit]['balance'] += amount
        self.entries.append((len(self.entries) + 1, debit, credit, amount, memo))
    def statement(self, name):
        running = 0
        for no, dr, cr, amt, memo in self.entries:
            if name in (dr, cr):
                delta = amt if cr == name else -amt
                running += delta
                yield '%3d %-18s %12s %12s' % (no, memo[:18], fmt(delta), fmt(running))

ledger = Ledger()
ledger.open('alice')
ledger.open('bob', overdraft=5000)
ops = [('cash', 'alice', '1,250.75', 'salary'), ('alice', 'bob', '200', 'rent share'),
       ('bob', 'cash', '$249.99', 'groceries'), ('alice', 'bob', '0.5', 'coffee'),
       ('alice', 'carol', '10', 'gift'), ('bob', 'alice', '1000', 'loan'), ('alice', 'bob', '-3', 'oops'),
       ('alice', 'bob', '1.234', 'precision'), ('alice', 'bob', 'ten', 'words'), ('bob', 'cash', '0.01', 'fee')]
for dr, cr, amount, memo in ops:
    try:
        ledger.post(dr, cr, parse_amount(amount), memo)
        print('ok    %-10s %s -> %s' % (memo, dr, cr))
    except InsufficientFunds as e:
        print('NSF   %-10s %s (short %s)' % (memo, e, fmt(e.shortfall)))
    except LedgerError as e:
        print('error %-10s %s' % (memo, e))
for name in sorted(ledger.accounts):
    print('==', name, fmt(ledger.accounts[name]['balance']))
    for line in ledger.statement(name):
        print(line)
total = sum(a['balance'] for a in ledger.accounts.values())
cash_in = sum(amt for _, dr, cr, amt, _ in ledger.entries if dr == 'cash')
cash_out = sum(amt for _, dr, cr, amt, _ in ledger.entries if cr == 'cash')
print(fmt(total), fmt(cash_in - cash_out), total == cash_in - cash_out)
print([fmt(c) for c in (0, 5, -5, 123456789, -100)], divmod(-7, 3), -7 // 2, -7 % 3, round(2.675, 2), round(0.5), round(1.5))
try:
    ledger.open('alice')
except LedgerError as e:
    print(repr(e), isinstance(e, Exception), InsufficientFunds.__mro__[1].__name__)

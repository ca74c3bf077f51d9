# Realistic: bank accounts with transactional context manager, rollback, custom exceptions
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__('%s needs %d more' % (account.owner, needed))
        self.needed = needed
class Frozen(BankError):
    pass

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
    def withdraw(self, amount):
        if self.frozen:
            raise Frozen(self.owner + ' is frozen')
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(amount)
    def __repr__(self):
        return '<%s #%d %d>' % (self.owner, self.id, self.balance)

class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts
        self.log = []
    def __enter__(self):
        self.snapshot = [(a, a.balance, list(a.history)) for a in self.accounts]
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append('commit')
            return False
        for acct, bal, hist in self.snapshot:
            acct.balance, acct.history = bal, hist
        self.log.append('rollback: %s' % ev)
        return issubclass(et, BankError)

def transfer(src, dst, amount):
    with Transaction(src, dst) as tx:
        dst.deposit(amount)
        src.withdraw(amount)
    return tx.log

alice, bob, carol = Account('alice', 100), Account('bob', 20), Account('carol')
print(transfer(alice, bob, 30), alice, bob)
print(transfer(bob, carol, 80), bob, carol)
carol.frozen = True
print(transfer(carol, alice, 1), carol, alice)
try:
    transfer(alice, bob, -5)
except ValueError as e:
    print('ValueError', e, alice, bob)
print(alice.history, bob.history, carol.history)

def batch(ops):
    results = []
    for src, dst, amt in ops:
        try:
            with Transaction(src, dst):
                dst.deposit(amt)
                src.withdraw(amt)
        except ValueError as e:
            results.append('invalid: %s' % e)
        else:
            results.append('ok' if src.balance >= 0 else 'negative?')
        finally:
            results[-1] += ' [%d/%d]' % (src.balance, dst.balance)
    return results
carol.frozen = False
for line in batch([(alice, carol, 10), (carol, bob, 50), (bob, alice, 0), (bob, alice, 50)]):
    print(line)
total = sum(a.balance for a in (alice, bob, carol))
print(total, sorted((a.balance, a.owner) for a in (alice, bob, carol)), max((alice, bob, carol), key=lambda a: a.balance))
err = InsufficientFunds(bob, 5)
print(isinstance(err, BankError), err.needed, err.args, str(err))

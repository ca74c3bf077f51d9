# bank transfers with validation errors, rollback on failure and an audit trail

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
        super().__init__(f'{account.name} is short by {needed}')

class AccountFrozen(BankError):
    pass

class Account:
    def __init__(self, name, balance=0, frozen=False):
        if balance < 0:
            raise ValueError(f'opening balance cannot be negative: {balance}')
        self.name = name
        self.balance = balance
        self.frozen = frozen

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.name)
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.name)
        self.balance += amount

    def __repr__(self):
        return f'{self.name}:{self.balance}'

audit = []

def transfer(src, dst, amount):
    if not isinstance(amount, int):
        raise TypeError(f'amount must be int, got {type(amount).__name__}')
    if amount <= 0:
        raise ValueError('amount must be positive')
    snapshot = (src.balance, dst.balance)
    try:
        src.withdraw(amount)
        dst.deposit(amount)
    except BankError as e:
        src.balance, dst.balance = snapshot
        audit.append(('rollback', src.name, dst.name, amount, type(e).__name__))
        raise
    else:
        audit.append(('ok', src.name, dst.name, amount))
    finally:
        audit.append(('attempt', amount))

alice = Account('alice', 100)
bob = Account('bob', 20)
carol = Account('carol', 50, frozen=True)
try:
    Account('dave', -5)
except ValueError as e:
    print('open failed:', e)

attempts = [(alice, bob, 30), (bob, alice, 500), (alice, carol, 10), (carol, bob, 5),
            (alice, bob, 0), (alice, bob, 2.5), (bob, alice, 50)]
for src, dst, amt in attempts:
    try:
        transfer(src, dst, amt)
        print(f'moved {amt} {src.name}->{dst.name}:', alice, bob, carol)
    except InsufficientFunds as e:
        print('insufficient:', e, '| needed', e.needed, '| args', e.args)
    except AccountFrozen as e:
        print('frozen:', e, repr(e))
    except (TypeError, ValueError) as e:
        print('invalid:', type(e).__name__, e)

print(alice, bob, carol)
for entry in audit:
    print(' ', entry)
print(sum(a.balance for a in (alice, bob, carol)))

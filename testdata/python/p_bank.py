class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner):
        self.owner, self.balance, self.history = owner, 0, []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds('%s has only %d' % (self.owner, self.balance))
        self.balance -= amount
        self.history.append(('withdraw', amount))
acc = Account('ann')
acc.deposit(100)
acc.withdraw(30)
for op in (lambda: acc.withdraw(500), lambda: acc.deposit(-1)):
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acc.balance, acc.history)

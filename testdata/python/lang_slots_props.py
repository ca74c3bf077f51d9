class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance')
        self._balance = value
    def deposit(self, amount):
        self.balance += amount
        return self
    @staticmethod
    def validate(amount):
        return amount > 0
    @classmethod
    def joint(cls, a, b):
        return cls(a + '&' + b)
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner
    def __lt__(self, other):
        return self.balance < other.balance
    def __hash__(self):
        return hash(self.owner)
acc = Account('ann', 10).deposit(5)
print(acc.balance, Account.validate(-1), Account.joint('a', 'b').owner, acc == Account('ann'), acc != Account('bob'))
try:
    acc.balance = -5
except ValueError as e:
    print('ValueError', e)
accounts = [Account('b', 30), Account('a', 10), Account('c', 20)]
print([x.owner for x in sorted(accounts)], max(accounts).owner, len({acc, Account('ann')}))
Account.interest = 0.05
print(acc.interest, Account.interest, Account('x').interest)
acc.interest = 0.1
print(acc.interest, Account.interest, 'interest' in vars(acc))
print(isinstance(Account.balance, property), Account.balance.fget(acc), hasattr(Account, 'deposit'))

# a program that ends with an uncaught KeyError traceback (exit status 1)

config = {'host': 'localhost', 'port': 8080}

def describe(cfg):
    parts = []
    for key in ('host', 'port'):
        parts.append(f'{key}={cfg[key]}')
    return ', '.join(parts)

print('config:', describe(config))

def lookup_user(users, uid):
    print('looking up', uid)
    return users[uid]

users = {1: 'ann', 2: 'bob'}
print(lookup_user(users, 1))
try:
    lookup_user(users, 3)
except KeyError as e:
    print('handled', e)

def process():
    total = 0
    for uid in (2, 1, 9, 1):
        total += len(lookup_user(users, uid))
        print('running total', total)
    return total

print('start processing')
process()
print('never printed')

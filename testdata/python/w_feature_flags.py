# Feature flags: deterministic percentage rollouts via hashing, targeting rules, overrides and variant weights.
import hashlib
import json

FLAGS = json.loads('''{
  "new_checkout": {"enabled": true, "rollout": 30, "rules": [{"attr": "country", "op": "in", "value": ["DE", "AT"]}]},
  "dark_mode": {"enabled": true, "rollout": 100, "rules": []},
  "beta_search": {"enabled": true, "rollout": 50, "rules": [{"attr": "plan", "op": "eq", "value": "pro"},
                                                            {"attr": "age_days", "op": "gte", "value": 30}]},
  "killed": {"enabled": false, "rollout": 100, "rules": []},
  "button_color": {"enabled": true, "rollout": 100, "variants": {"red": 50, "green": 30, "blue": 20}}
}''')

def bucket(flag, user_id, buckets=100):
    digest = hashlib.sha1(('%s:%s' % (flag, user_id)).encode()).hexdigest()
    return int(digest[:8], 16) % buckets

OPS = {
    'eq': lambda a, b: a == b,
    'in': lambda a, b: a in b,
    'gte': lambda a, b: a is not None and a >= b,
    'contains': lambda a, b: b in (a or ''),
}

class FlagClient:
    def __init__(self, flags, overrides=None):
        self.flags, self.overrides, self.evaluations = flags, dict(overrides or {}), []
    def is_enabled(self, name, user):
        reason, value = self._evaluate(name, user)
        self.evaluations.append((name, user['id'], reason))
        return value
    def _evaluate(self, name, user):
        if (name, user['id']) in self.overrides:
            return 'override', self.overrides[(name, user['id'])]
        flag = self.flags.get(name)
        if flag is None:
            return 'unknown', False
        if not flag['enabled']:
            return 'disabled', False
        for rule in flag.get('rules', []):
            if not OPS[rule['op']](user.get(rule['attr']), rule['value']):
                return 'rule:%s' % rule['attr'], False
        b = bucket(name, user['id'])
        return ('rollout:%d<%d' % (b, flag['rollout'])), b < flag['rollout']
    def variant(self, name, user):
        flag = self.flags[name]
        point = bucket(name + ':variant', user['id'], sum(flag['variants'].values()))
        for variant, weight in sorted(flag['variants'].items(), key=lambda kv: (-kv[1], kv[0])):
            if point < weight:
                return variant
            point -= weight
        raise AssertionError('unreachable')

users = [{'id': 'u%d' % i, 'country': c, 'plan': p, 'age_days': a}
         for i, (c, p, a) in enumerate([('DE', 'pro', 400), ('US', 'pro', 10), ('AT', 'free', 90), ('DE', 'free', 5),
                                        ('FR', 'pro', 31), ('AT', 'pro', 365), ('DE', 'pro', 1)], 1)]
client = FlagClient(FLAGS, overrides={('killed', 'u3'): True, ('new_checkout', 'u2'): True})
names = sorted(n for n in FLAGS if 'variants' not in FLAGS[n]) + ['missing']
print('%-4s ' % 'user' + ' '.join('%-12s' % n[:12] for n in names) + ' color')
for u in users:
    row = ['%-12s' % ('ON' if client.is_enabled(n, u) else '-') for n in names]
    print('%-4s ' % u['id'] + ' '.join(row) + ' ' + client.variant('button_color', u))
print([bucket('new_checkout', u['id']) for u in users])
reasons = {}
for name, uid, reason in client.evaluations:
    reasons.setdefault(reason.split(':')[0], []).append('%s/%s' % (name[:4], uid))
for k in sorted(reasons):
    print(k, len(reasons[k]), reasons[k][:4])
population = ['user-%d' % i for i in range(2000)]
on = sum(bucket('dark_mode_v2', uid) < 25 for uid in population)
dist = {}
for uid in population:
    v = client.variant('button_color', {'id': uid})
    dist[v] = dist.get(v, 0) + 1
print(on, sorted(dist.items()), sum(dist.values()))

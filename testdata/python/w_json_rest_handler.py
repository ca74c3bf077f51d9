# A JSON REST resource handler with validation errors and status codes.
import json

class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__('%d error(s)' % len(errors))
        self.errors = errors

class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status

SCHEMA = {
    'title': (str, True, lambda v: 1 <= len(v) <= 20 or 'length must be 1..20'),
    'priority': (int, False, lambda v: v in range(1, 6) or 'must be between 1 and 5'),
    'tags': (list, False, lambda v: all(isinstance(t, str) for t in v) or 'tags must be strings'),
    'done': (bool, False, None),
}

def validate(data, partial=False):
    if not isinstance(data, dict):
        raise ValidationError({'_': 'expected object, got %s' % type(data).__name__})
    errors = {}
    for key in sorted(set(data) - set(SCHEMA)):
        errors[key] = 'unknown field'
    for key, (typ, required, check) in SCHEMA.items():
        if key not in data:
            if required and not partial:
                errors[key] = 'required'
            continue
        val = data[key]
        if not isinstance(val, typ) or (typ is int and isinstance(val, bool)):
            errors[key] = 'expected %s' % typ.__name__
        elif check:
            res = check(val)
            if res is not True:
                errors[key] = res
    if errors:
        raise ValidationError(errors)
    return data

class TodoResource:
    def __init__(self):
        self.items = {}
        self.next_id = 1

    def dispatch(self, method, path, body=None):
        try:
            parts = [p for p in path.split('/') if p]
            item_id = int(parts[1]) if len(parts) > 1 else None
            payload = json.loads(body) if body else None
            handler = getattr(self, method.lower(), None)
            if handler is None:
                raise HTTPError(405, 'method %s not allowed' % method)
            status, result = handler(item_id, payload)
        except ValidationError as e:
            status, result = 422, {'error': str(e), 'fields': e.errors}
        except HTTPError as e:
            status, result = e.status, {'error': str(e)}
        except json.JSONDecodeError as e:
            status, result = 400, {'error': 'invalid JSON: %s' % e.msg, 'pos': e.pos}
        except ValueError:
            status, result = 400, {'error': 'bad id'}
        return status, json.dumps(result, sort_keys=True)

    def _get_item(self, item_id):
        if item_id not in self.items:
            raise HTTPError(404, 'todo %s not found' % item_id)
        return self.items[item_id]

    def get(self, item_id, _):
        if item_id is None:
            return 200, [self.items[k] for k in sorted(self.items)]
        return 200, self._get_item(item_id)

    def post(self, item_id, payload):
        item = dict(validate(payload), id=self.next_id)
        item.setdefault('done', False)
        self.items[self.next_id] = item
        self.next_id += 1
        return 201, item

    def patch(self, item_id, payload):
        item = self._get_item(item_id)
        item.update(validate(payload, partial=True))
        return 200, item

    def delete(self, item_id, _):
        self._get_item(item_id)
        del self.items[item_id]
        return 204, None

api = TodoResource()
calls = [
    ('POST', '/todos', '{"title": "write tests", "priority": 2, "tags": ["dev"]}'),
    ('POST', '/todos', '{"title": "", "priority": 9, "colour": "red", "tags": [1]}'),
    ('POST', '/todos', '{"priority": true, "done": "no"}'),
    ('POST', '/todos', '[1, 2]'), ('POST', '/todos', '{"title": "x",}'),
    ('POST', '/todos', '{"title": "ship it"}'), ('PATCH', '/todos/2', '{"done": true}'),
    ('GET', '/todos', None), ('GET', '/todos/9', None), ('GET', '/todos/abc', None),
    ('DELETE', '/todos/1', None), ('PUT', '/todos/2', '{}'), ('GET', '/todos', None),
]
for method, path, body in calls:
    status, out = api.dispatch(method, path, body)
    print(status, method, path, out)
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'caf\u00e9'}, indent=2))
print(json.dumps({'b': 1, 'a': (1, 2)}, separators=(',', ':'), ensure_ascii=False))

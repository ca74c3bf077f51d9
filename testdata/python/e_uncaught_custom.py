# uncaught custom exception raised from nested calls inside finally-blocks

class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field

def validate(record):
    if not record.get('name'):
        raise ValidationError('name', 'required')
    if record.get('age', 0) < 0:
        raise ValidationError('age', 'must be >= 0')
    return True

records = [{'name': 'a', 'age': 3}, {'name': 'b', 'age': -1}, {'name': '', 'age': 1}]
for r in records[:2]:
    try:
        print(validate(r))
    except ValidationError as e:
        print('invalid', e.field, e)

def run_all():
    done = 0
    try:
        for r in records:
            validate(r)
            done += 1
    finally:
        print('finally: validated', done)

try:
    run_all()
except ValidationError as e:
    print('first pass failed at', e.field)
finally:
    print('cleanup 1')

records.pop(1)
print('second pass with', len(records), 'records')
run_all()
print('unreachable')

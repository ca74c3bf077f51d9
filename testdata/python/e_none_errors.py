# common mistakes with None and other non-subscriptable / non-callable objects

def find(items, key):
    for it in items:
        if it.get('id') == key:
            return it

FIVE, ABC, LST, DCT = 5, 'abc', [1, 2], {}
records = [{'id': 1, 'name': 'a'}, {'id': 2, 'name': 'b'}]

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('found', lambda: find(records, 2)['name'])
show('missing', lambda: find(records, 3)['name'])
show('call none', lambda: find(records, 3)())
show('iter none', lambda: list(find(records, 3)))
show('for none', lambda: [x for x in None])
show('len none', lambda: len(None))
show('attr none', lambda: find(records, 3).get('x'))
show('setitem none', lambda: None.__setitem__(1, 2))
show('int sub', lambda: FIVE[0])
show('int call', lambda: FIVE())
show('str call', lambda: ABC())
show('list call', lambda: LST())
show('float iter', lambda: list(1.5))
show('int len', lambda: len(42))
show('dict call', lambda: DCT('a'))
show('func sub', lambda: find[0])
show('bool iter', lambda: sorted(True))

def assign_item(obj):
    obj[0] = 1
    return obj

show('tuple assign', lambda: assign_item((1, 2)))
show('str assign', lambda: assign_item('ab'))
show('none assign', lambda: assign_item(None))
show('list assign', lambda: assign_item([9, 9]))
show('int assign', lambda: assign_item(7))

def del_item(obj):
    del obj[0]
    return obj

show('tuple del', lambda: del_item((1,)))
show('str del', lambda: del_item('a'))
show('list del', lambda: del_item([1, 2]))
show('none del', lambda: del_item(None))

def unpack(v):
    a, b = v
    return a, b

show('unpack none', lambda: unpack(None))
show('unpack int', lambda: unpack(3))
show('unpack str', lambda: unpack('xy'))
show('hash list', lambda: hash([1]))
show('hash dict', lambda: {{}: 1})
show('set of lists', lambda: set([[1], [2]]))
show('none bool', lambda: bool(None))
show('none str', lambda: str(None) + '!')
show('none fmt', lambda: '%s|%r' % (None, None))
show('none gt', lambda: None > 1)
show('none eq', lambda: None == None)

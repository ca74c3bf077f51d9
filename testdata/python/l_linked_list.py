# A doubly linked list implementing the sequence protocol
class Node:
    __slots__ = ('value', 'prev', 'next')
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, iterable=()):
        self.head = self.tail = None
        self._len = 0
        for v in iterable:
            self.append(v)
    def append(self, v):
        node = Node(v)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self._len += 1
    def appendleft(self, v):
        node = Node(v)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self._len += 1
    def _node_at(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('list index out of range')
        if i < self._len // 2:
            n = self.head
            for _ in range(i):
                n = n.next
        else:
            n = self.tail
            for _ in range(self._len - 1 - i):
                n = n.prev
        return n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node_at(i).value
    def __setitem__(self, i, v):
        self._node_at(i).value = v
    def __delitem__(self, i):
        n = self._node_at(i)
        if n.prev: n.prev.next = n.next
        else: self.head = n.next
        if n.next: n.next.prev = n.prev
        else: self.tail = n.prev
        self._len -= 1
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList([*self, *other])
    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self
    def __repr__(self):
        return 'LinkedList([%s])' % ', '.join(map(repr, self))
    def __bool__(self):
        return self._len > 0

ll = LinkedList([3, 1, 4, 1, 5])
ll.appendleft(9)
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 7 in ll)
ll[1] = 'three'
del ll[0]; del ll[-1]; del ll[1]
print(ll, list(reversed(ll)), ll[1:], ll[::-1])
ll += (6, 7)
other = ll + LinkedList('ab')
print(ll, other, len(other), ll == LinkedList(['three', 4, 1, 6, 7]), ll == [1])
print(bool(LinkedList()), bool(ll), sorted(x for x in other if isinstance(x, int)), sum(v for v in ll if isinstance(v, int)))
try:
    ll[10]
except IndexError as e:
    print('IndexError', e)
empty = LinkedList()
for v in range(5):
    (empty.append if v % 2 else empty.appendleft)(v)
print(empty, [empty[i] for i in range(-1, -6, -1)], max(empty), list(enumerate(empty))[:2])
while empty:
    del empty[len(empty) // 2]
    print(empty)
print(repr(LinkedList('xy')), str(LinkedList([None, 1.5])), list(map(str, LinkedList([1, 2]))))

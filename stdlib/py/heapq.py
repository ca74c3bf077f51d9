"""heapq: heappush, heappop, heapify, heapreplace, heappushpop, nlargest,
nsmallest (with key), merge (with key and reverse).

Min-heaps on plain lists, heap[k] <= heap[2*k+1] and heap[2*k+2], as in
CPython. Written in Python (CPython uses C); the heap layout produced by
each operation is the same as CPython's, so printed heaps match.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_down(heap, start, pos):
    # move heap[pos] up towards start until its parent is not larger
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    # bubble the smaller child up until a leaf, then sift the item down
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _sift_down_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item."""
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return result


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    if not isinstance(x, list):
        raise TypeError('heap argument must be a list')
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_up_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_up_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_up_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (a generator)."""
    entries = []
    direction = -1 if reverse else 1
    for order, it in enumerate(iterables):
        order *= direction
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while entries:
        top = entries[0]
        yield top[2]
        it = top[3]
        for value in it:
            k = value if key is None else key(value)
            replace(entries, [k, top[1], value, it])
            break
        else:
            pop(entries)


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]

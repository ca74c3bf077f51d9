"""queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, Empty,
Full.

Queue/LifoQueue/PriorityQueue have put, get (block, timeout),
put_nowait, get_nowait, qsize, empty, full, task_done, join, and the
attributes and hooks of CPython (maxsize, queue, mutex, not_empty,
not_full, all_tasks_done, unfinished_tasks, _init/_qsize/_put/_get).

Differences from CPython: gowsgi runs one Python thread of control
(see threading), so nothing can change a queue while a caller waits.
A get() on an empty queue (or put() on a full one) with a timeout
sleeps for the timeout, then raises Empty (Full); with block=True and
no timeout it would wait forever, and raises RuntimeError instead.
join() with unfinished tasks returns at once.
"""
import threading
import time as _time
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue."""


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue."""


def _wait(what, block, timeout, exc):
    # Nothing can change the queue while we wait: decide at once.
    if not block:
        raise exc()
    if timeout is None:
        raise RuntimeError('queue.%s() would block forever '
                           '(no other thread can run)' % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout:
        _time.sleep(timeout)
    raise exc()


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one formerly enqueued task as complete."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = unfinished
            if unfinished == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item has been gotten and processed."""
        return None

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue."""
        with self.not_full:
            if self.maxsize > 0 and self._qsize() >= self.maxsize:
                _wait('put', block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        with self.not_empty:
            if not self._qsize():
                _wait('get', block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # hooks for subclasses (called with the mutex held)
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (a heap; entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            _wait('get', block, timeout, Empty)
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

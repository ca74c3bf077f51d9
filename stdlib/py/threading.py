"""threading: Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
local, Thread, current_thread, main_thread, get_ident, active_count,
enumerate, Timer-free.

An interpreter runs one Python thread of control at a time (gowsgi gives
each request the interpreter's lock, as CPython's GIL does); so locks
here never block for long and a Thread runs its target when it is
started, to completion, before start() returns. Code that waits on
another thread it started itself (a producer/consumer pair) cannot work.
"""
import time as _time

_counter = [0]


def get_ident():
    return 1


class _Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked and not blocking:
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *a):
        self.release()


def Lock():
    return _Lock()


class _RLock(_Lock):
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def locked(self):
        return self._count > 0


def RLock():
    return _RLock()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock or RLock()

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *a):
        self._lock.release()

    def acquire(self, *a):
        return self._lock.acquire(*a)

    def release(self):
        self._lock.release()

    def wait(self, timeout=None):
        return False

    def wait_for(self, predicate, timeout=None):
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            return False
        self._value -= 1
        return True

    def release(self, n=1):
        self._value += n

    __enter__ = acquire

    def __exit__(self, *a):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial = value

    def release(self, n=1):
        if self._value + n > self._initial:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return self._flag


class local:
    pass


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        _counter[0] += 1
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self.name = name or 'Thread-%d' % _counter[0]
        self.daemon = bool(daemon)
        self._started = False
        self._alive = False
        self.ident = None

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._alive = True
        self.ident = get_ident()
        try:
            self.run()
        finally:
            self._alive = False

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')

    def is_alive(self):
        return self._alive

    def __repr__(self):
        return '<Thread(%s, %s)>' % (self.name, 'stopped' if self._started else 'initial')


_main = Thread(name='MainThread')
_main._started = True
_main._alive = True
_main.ident = 1


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


def enumerate():
    return [_main]


TIMEOUT_MAX = 9223372036.0

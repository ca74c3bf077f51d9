"""threading: Thread, Lock, RLock, Condition, Semaphore, BoundedSemaphore,
Event, Barrier (BrokenBarrierError), Timer, local, current_thread
(currentThread), main_thread, get_ident, get_native_id, active_count
(activeCount), enumerate, excepthook (ExceptHookArgs), settrace,
setprofile, stack_size, TIMEOUT_MAX, ThreadError.

Built on _thread (stdlib/thread.go): threads are goroutines that run
Python one at a time per interpreter, as CPython's threads do under the
GIL: a blocked thread (a lock or condition wait, time.sleep, join) lets
the others run, and a running one lets go when another has waited 5 ms.
In a server, each request is a thread of its own: current_thread() there
is a _DummyThread, and a threading.local has fresh values per request.
The main thread is the one that first imported threading; `gowsgi python`
waits for the non-daemon threads before it exits, as python does.
Differences from CPython: the import lock is one per interpreter (a thread
importing a module waits while another thread runs a module's code for
the first time); settrace/setprofile record their function and call
nothing.
"""
import _thread
import time as _timemod

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
stack_size = _thread.stack_size
_time = _timemod.monotonic

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'get_native_id']

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


class Condition:
    """A condition variable: threads wait() until another notify()s, holding
    the underlying lock (an RLock unless one is given) around both."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter: acquire() waits while it is zero, then decrements it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = [0]


def _newname(template="Thread-%d"):
    _counter[0] += 1
    return template % _counter[0]


# ident -> Thread, for the threads started here and the main thread
_active = {}
_dummy_key = ('threading', 'current_thread')


class Thread:
    """A thread of control: start() runs run() (by default
    target(*args, **kwargs)) in a new thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = _allocate_lock()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done.acquire()
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            self._done.release()
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            try:
                excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
            except BaseException:
                pass
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            self._done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done.acquire()
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (a request): alive while it
    runs, never joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    ident = get_ident()
    t = _active.get(ident)
    if t is not None:
        return t
    d = _thread._gowsgi_thread_dict()
    t = d.get(_dummy_key)
    if t is None:
        t = _DummyThread()
        d[_dummy_key] = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), what excepthook gets."""

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args):
    """Prints an exception a thread's run() raised to sys.stderr."""
    if args.exc_type == SystemExit:
        return
    import sys
    import traceback
    stderr = sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    stderr.write(''.join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))
    stderr.flush()


__excepthook__ = excepthook


class local:
    """Attributes of a local are the running thread's own: each thread
    (each request) sees its own values. A subclass's __init__ runs again,
    with the same arguments, the first time another thread uses it."""

    def __new__(cls, *args, **kw):
        # type.__getattribute__: a class attribute of a local subclass must
        # not go through local.__getattribute__ (compat runs a class's own
        # __getattribute__ for its class attributes too)
        if (args or kw) and (type.__getattribute__(cls, '__init__') is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__key', object())
        object.__setattr__(self, '_local__args', (args, kw))
        _thread._gowsgi_thread_dict()[object.__getattribute__(self, '_local__key')] = {}
        return self

    def __getattribute__(self, name):
        if name.startswith('_local__'):
            return object.__getattribute__(self, name)
        ns = _local_ns(self)
        if name == '__dict__':
            return ns
        if name in ns:
            return ns[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        _local_ns(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        ns = _local_ns(self)
        if name not in ns:
            raise AttributeError(name)
        del ns[name]


def _local_ns(self):
    key = object.__getattribute__(self, '_local__key')
    d = _thread._gowsgi_thread_dict()
    ns = d.get(key)
    if ns is None:
        ns = {}
        d[key] = ns
        args, kw = object.__getattribute__(self, '_local__args')
        init = type.__getattribute__(type(self), '__init__')
        if init is not object.__init__:
            init(self, *args, **kw)
    return ns


def _shutdown():
    """Waits for every non-daemon thread (python does at exit)."""
    _main_thread._is_stopped = True
    while True:
        alive = [t for t in list(_active.values())
                 if t is not _main_thread and not t.daemon and t.is_alive()]
        if not alive:
            return
        for t in alive:
            t.join()


_main_thread = _MainThread()

# /wait?PATH creates PATH.started, then waits (up to 10 s) for the file PATH
# to appear; /block?PATH creates PATH.started, then blocks in one
# uninterruptible Go call (opening the FIFO PATH.fifo, until a writer opens
# it; time.sleep would let the interpreter go);
# /spin loops forever; /count counts requests in module state; /make?PATH
# creates PATH; /spinwait?PATH is /wait without sleeping (a busy loop);
# /thread answers with what a thread it starts computes (through a queue);
# /local says whether a threading.local attribute was already set (each
# request is a thread of its own, so never). With two interpreters in the group both run at once; with one,
# /make has to wait for /wait's lock.
import os
import queue
import threading
import time

COUNT = 0
LOCAL = threading.local()


def application(environ, start_response):
    path = environ["PATH_INFO"]
    target = environ["QUERY_STRING"]
    if path == "/wait":
        open(target + ".started", "w").close()
        deadline = time.time() + 10
        seen = "timeout"
        while time.time() < deadline:
            if os.path.exists(target):
                seen = "seen"
                break
            time.sleep(0.02)
        body = seen
    elif path == "/spinwait":
        open(target + ".started", "w").close()
        deadline = time.time() + 10
        seen = "timeout"
        while time.time() < deadline:
            if os.path.exists(target):
                seen = "seen"
                break
        body = seen
    elif path == "/thread":
        q = queue.Queue()
        t = threading.Thread(target=lambda: q.put(sum(range(1000))))
        t.start()
        body = str(q.get(timeout=5))
        t.join()
    elif path == "/local":
        body = str(hasattr(LOCAL, "x"))
        LOCAL.x = 1
    elif path == "/block":
        open(target + ".started", "w").close()
        open(target + ".fifo").close()
        body = "seen" if os.path.exists(target) else "timeout"
    elif path == "/spin":
        while True:
            pass
    elif path == "/count":
        global COUNT
        COUNT += 1
        body = str(COUNT)
    elif path == "/make":
        open(target, "w").close()
        body = "made"
    else:
        body = repr(environ["wsgi.multiprocess"])
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode("ascii")]

# /wait?PATH creates PATH.started, then waits (up to 10 s) for the file PATH
# to appear; /block?PATH does the same in one uninterruptible 3 s sleep;
# /spin loops forever; /count counts requests in module state; /make?PATH
# creates PATH. With two interpreters in the group both run at once; with one,
# /make has to wait for /wait's lock.
import os
import time

COUNT = 0


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
    elif path == "/block":
        open(target + ".started", "w").close()
        time.sleep(3)
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

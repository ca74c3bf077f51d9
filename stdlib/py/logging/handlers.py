"""logging.handlers: MemoryHandler-free; RotatingFileHandler and
WatchedFileHandler as plain FileHandlers, QueueHandler-free."""
from logging import FileHandler, StreamHandler


class RotatingFileHandler(FileHandler):
    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes = maxBytes
        self.backupCount = backupCount


class TimedRotatingFileHandler(FileHandler):
    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False, utc=False, atTime=None, errors=None):
        FileHandler.__init__(self, filename, 'a', encoding, delay)


class WatchedFileHandler(FileHandler):
    pass

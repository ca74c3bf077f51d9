"""warnings: warn, warn_explicit, simplefilter, filterwarnings,
resetwarnings, catch_warnings (record=True), showwarning, formatwarning.
Warnings print to sys.stderr as "file:line: Category: message" once per
location under the default action.
"""
import sys as _sys

filters = []
_onceregistry = {}
defaultaction = 'default'


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}' %
                (self.message, self.category.__name__, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    return '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = _sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def simplefilter(action, category=Warning, lineno=0, append=False):
    item = (action, None, category, None, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    item = (action, message or None, category, module or None, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


def _action_for(category, text):
    import re
    for action, msg, cat, mod, ln in filters:
        if (msg is None or re.match(msg, text, re.I)) and issubclass(category, cat):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(category, text)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category, lineno)
    if registry is None:
        registry = _onceregistry
    if action in ('default', 'once', 'module'):
        k = key if action == 'default' else (text, category)
        if registry.get(k):
            return
        registry[k] = True
    showwarning(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    warn_explicit(message, category, '<string>', 0, registry=_onceregistry)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global filters, showwarning, _onceregistry
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registry = dict(_onceregistry)
        _onceregistry.clear()
        if self._action:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def _record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            globals()['showwarning'] = _record
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._filters
        globals()['showwarning'] = self._showwarning
        _onceregistry.clear()
        _onceregistry.update(self._registry)

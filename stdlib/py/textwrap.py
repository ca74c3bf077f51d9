"""textwrap: wrap, fill, shorten, dedent, indent and TextWrapper (width,
initial_indent, subsequent_indent, break_long_words, break_on_hyphens:
words split after a hyphen between letters, and a long word breaks after
its last hyphen that fits, as CPython 3.11; expand_tabs, tabsize,
replace_whitespace, drop_whitespace, fix_sentence_endings, max_lines,
placeholder).
Differences from CPython: em-dashes (--) are not split points.
"""


def _letter(c):
    return c.isalpha() or c == '_'


def _split_hyphens(word):
    """word's pieces, split after each hyphen CPython's wordsep_re
    splits at: two letters (or letter-letter-) before, letter, optional
    hyphen, letter after."""
    out = []
    start = 0
    n = len(word)
    for i in range(n):
        if word[i] != '-':
            continue
        before = (i >= 2 and _letter(word[i - 1]) and _letter(word[i - 2])) or \
            (i >= 3 and _letter(word[i - 1]) and word[i - 2] == '-' and _letter(word[i - 3]))
        after = i + 2 < n and _letter(word[i + 1]) and (
            _letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and _letter(word[i + 3])))
        if before and after:
            out.append(word[start:i + 1])
            start = i + 1
    out.append(word[start:])
    return out



class TextWrapper:
    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.tabsize = tabsize
        self.fix_sentence_endings = fix_sentence_endings
        self.break_on_hyphens = break_on_hyphens
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ws in '\t\n\x0b\x0c\r':
                text = text.replace(ws, ' ')
        chunks = []
        cur = ''
        for ch in text:
            if (ch == ' ') != (cur[:1] == ' ') and cur:
                chunks.append(cur)
                cur = ''
            cur += ch
        if cur:
            chunks.append(cur)
        if self.break_on_hyphens:
            split = []
            for c in chunks:
                if c[:1] == ' ' or '-' not in c:
                    split.append(c)
                else:
                    split.extend(_split_hyphens(c))
            chunks = split
        if self.fix_sentence_endings:
            # a lowercase letter, . ! or ?, an optional quote, then a space:
            # two spaces, as CPython's sentence_end_re
            for i in range(len(chunks) - 1):
                c = chunks[i]
                if chunks[i + 1][:1] == ' ' and c[:1] != ' ':
                    t = c[:-1] if c[-1:] in '"\'' else c
                    if len(t) >= 2 and t[-1] in '.!?' and t[-2].islower():
                        chunks[i + 1] = '  '
        return chunks

    def wrap(self, text):
        chunks = self._chunks(text)
        chunks.reverse()
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            pindent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(pindent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                if self.break_long_words:
                    space_left = max(width - cur_len, 1) if width >= 1 else 1
                    chunk = chunks[-1]
                    end = space_left
                    if self.break_on_hyphens and len(chunk) > space_left:
                        hyphen = chunk.rfind('-', 0, space_left)
                        if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                            end = hyphen + 1
                    cur_line.append(chunk[:end])
                    cur_len += len(chunk[:end])
                    chunks[-1] = chunk[end:]
                elif not cur_line:
                    cur_line.append(chunks.pop())
                    cur_len += len(cur_line[-1])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))

"""mimetypes: guess_type, guess_extension, guess_all_extensions, add_type,
types_map, init — with the common web types built in (no system
mime.types files are read)."""
import posixpath

types_map = {
    '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.json': 'application/json', '.txt': 'text/plain', '.csv': 'text/csv', '.xml': 'text/xml', '.svg': 'image/svg+xml',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
    '.ico': 'image/vnd.microsoft.icon', '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff',
    '.pdf': 'application/pdf', '.zip': 'application/zip', '.gz': 'application/gzip' if False else 'application/x-gzip',
    '.tar': 'application/x-tar', '.wasm': 'application/wasm', '.mp3': 'audio/mpeg', '.wav': 'audio/x-wav',
    '.mp4': 'video/mp4', '.mpeg': 'video/mpeg', '.webm': 'video/webm', '.woff': 'font/woff', '.woff2': 'font/woff2',
    '.ttf': 'font/ttf', '.otf': 'font/otf', '.py': 'text/x-python', '.sh': 'application/x-sh', '.md': 'text/markdown',
    '.rtf': 'application/rtf', '.doc': 'application/msword', '.xls': 'application/vnd.ms-excel',
    '.bin': 'application/octet-stream', '.exe': 'application/octet-stream', '.ics': 'text/calendar',
    '.jsonld': 'application/ld+json', '.rss': 'application/rss+xml' if False else 'application/xml', '.atom': 'application/atom+xml',
    '.xhtml': 'application/xhtml+xml', '.wsgi': 'text/x-python',
}
encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
del types_map['.gz']
inited = True


def guess_type(url, strict=True):
    url = str(url)
    if url.startswith('data:'):
        comma = url.find(',')
        if comma < 0:
            return None, None
        semi = url.find(';', 0, comma)
        type = url[5:semi if semi >= 0 else comma]
        if '=' in type or '/' not in type:
            type = 'text/plain'
        return type, None
    base, ext = posixpath.splitext(url)
    while ext.lower() in suffix_map:
        base, ext = posixpath.splitext(base + suffix_map[ext.lower()])
    if ext in encodings_map:
        encoding = encodings_map[ext]
        base, ext = posixpath.splitext(base)
    else:
        encoding = None
    if ext in types_map:
        return types_map[ext], encoding
    if ext.lower() in types_map:
        return types_map[ext.lower()], encoding
    return None, encoding


def guess_all_extensions(type, strict=True):
    type = type.lower()
    return [ext for ext, t in types_map.items() if t == type]


def guess_extension(type, strict=True):
    exts = guess_all_extensions(type, strict)
    preferred = {'text/plain': '.txt', 'image/jpeg': '.jpg', 'text/html': '.html', 'text/javascript': '.js'}
    if type in preferred:
        return preferred[type]
    return exts[0] if exts else None


def add_type(type, ext, strict=True):
    types_map[ext] = type


def init(files=None):
    pass


def read_mime_types(file):
    return None

import hashlib, os, tempfile, shutil, collections, json
root = tempfile.mkdtemp()
files = {'a/report.txt': b'quarterly numbers\n' * 50, 'b/report_copy.txt': b'quarterly numbers\n' * 50, 'c/empty1': b'', 'c/empty2': b'',
         'd/photo.jpg': bytes(range(256)) * 40, 'd/photo(1).jpg': bytes(range(256)) * 40, 'e/unique.bin': b'\x00\x01' * 999, 'e/notes.md': '# Notes caf\u00e9\n'.encode('utf-8')}
for rel, data in files.items():
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'wb') as f:
        f.write(data)
def file_hash(path, algo='sha256', chunk=1024):
    h = hashlib.new(algo)
    with open(path, 'rb') as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()
by_size = collections.defaultdict(list)
for dirpath, dirs, names in os.walk(root):
    dirs.sort()
    for n in sorted(names):
        p = os.path.join(dirpath, n)
        by_size[os.path.getsize(p)].append(p)
print(sorted((size, len(ps)) for size, ps in by_size.items()))
dupes = collections.defaultdict(list)
for size, paths in by_size.items():
    if len(paths) < 2:
        continue
    for p in paths:
        dupes[(size, file_hash(p))].append(os.path.relpath(p, root))
groups = sorted(sorted(v) for v in dupes.values() if len(v) > 1)
print(json.dumps(groups))
wasted = sum(size * (len(v) - 1) for (size, _), v in dupes.items() if len(v) > 1)
print('wasted bytes:', wasted)
manifest = {}
for rel in sorted(files):
    p = os.path.join(root, rel)
    manifest[rel] = {'size': os.path.getsize(p), 'md5': file_hash(p, 'md5'), 'sha1': file_hash(p, 'sha1', 7)[:16]}
print(json.dumps(manifest, indent=1, sort_keys=True))
mpath = os.path.join(root, 'MANIFEST.json')
with open(mpath, 'w') as f:
    json.dump(manifest, f, sort_keys=True)
with open(os.path.join(root, 'e', 'notes.md'), 'ab') as f:
    f.write(b'edited\n')
with open(mpath) as f:
    saved = json.load(f)
changed = [rel for rel, info in sorted(saved.items()) if file_hash(os.path.join(root, rel), 'md5') != info['md5']]
print('changed:', changed)
store = os.path.join(root, '.store')
os.makedirs(store)
for rel in sorted(files):
    src = os.path.join(root, rel)
    digest = file_hash(src)
    dst = os.path.join(store, digest[:2], digest)
    if not os.path.exists(dst):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
blobs = sorted(os.path.relpath(os.path.join(dp, n), store) for dp, _, ns in os.walk(store) for n in ns)
print(len(blobs), [b[:2] + '/' + b[3:11] for b in blobs])
print(hashlib.sha256(b''.join(open(os.path.join(store, b), 'rb').read() for b in blobs)).hexdigest()[:24])
shutil.rmtree(root)
print(os.path.isdir(root))

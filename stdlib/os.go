package stdlib

// os.go completes gpython's os module: the Go half here (stat, lstat,
// rename, replace, unlink, urandom, access, chmod, utime, readlink,
// symlink, getuid/getgid/geteuid/getppid, cpu_count, strerror, umask,
// kill, file descriptors: open/close/read/write/lseek/fsync on OS fds,
// statvfs), the Python half in osmodule.py (stat_result, statvfs_result,
// scandir/DirEntry,
// walk, fspath, PathLike, environ as a mapping whose writes also reach the
// process environment, error = OSError).

import (
	"crypto/rand"
	_ "embed"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

//go:embed osmodule.py
var osModuleSource string

func osPath(fn string, o py.Object) (string, error) {
	if p, err := pathArg(fn, o); err == nil {
		return p, nil
	}
	if r, err := callMethod(o, "__fspath__"); err == nil {
		if s, ok := r.(py.String); ok {
			return string(s), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn, o.Type().Name)
}

func statTuple(fi os.FileInfo) py.Object {
	st, _ := fi.Sys().(*syscall.Stat_t)
	var ino, dev, nlink, uid, gid int64
	var atime, ctime float64
	if st != nil {
		ino, dev, nlink, uid, gid = int64(st.Ino), int64(st.Dev), int64(st.Nlink), int64(st.Uid), int64(st.Gid)
		atime = float64(st.Atim.Sec) + float64(st.Atim.Nsec)/1e9
		ctime = float64(st.Ctim.Sec) + float64(st.Ctim.Nsec)/1e9
	}
	mode := int64(fi.Mode().Perm())
	switch {
	case fi.Mode().IsDir():
		mode |= syscall.S_IFDIR
	case fi.Mode()&os.ModeSymlink != 0:
		mode |= syscall.S_IFLNK
	case fi.Mode().IsRegular():
		mode |= syscall.S_IFREG
	case fi.Mode()&os.ModeNamedPipe != 0:
		mode |= syscall.S_IFIFO
	case fi.Mode()&os.ModeSocket != 0:
		mode |= syscall.S_IFSOCK
	case fi.Mode()&os.ModeCharDevice != 0:
		mode |= syscall.S_IFCHR
	case fi.Mode()&os.ModeDevice != 0:
		mode |= syscall.S_IFBLK
	}
	if st != nil {
		mode = int64(st.Mode)
	}
	mtime := float64(fi.ModTime().UnixNano()) / 1e9
	return py.Tuple{py.Int(mode), py.Int(ino), py.Int(dev), py.Int(nlink), py.Int(uid), py.Int(gid), py.Int(fi.Size()),
		py.Float(atime), py.Float(mtime), py.Float(ctime)}
}

func init() {
	osImpl := py.GetModuleImpl("os")
	if osImpl == nil {
		panic("stdlib: gpython's os module is not registered")
	}
	m := func(name, doc string, fn any) {
		compat.SetModuleMethod(osImpl, py.MustNewMethod(name, fn, 0, doc))
	}
	pathFn := func(name string, fn func(p string) error) {
		m(name, name+"(path)", func(self py.Object, arg py.Object) (py.Object, error) {
			p, err := osPath(name, arg)
			if err != nil {
				return nil, err
			}
			if err := fn(p); err != nil {
				return nil, osError(err, p)
			}
			return py.None, nil
		})
	}
	statFn := func(name string, stat func(string) (os.FileInfo, error)) {
		m("_"+name, name+"(path) -> stat tuple", func(self py.Object, arg py.Object) (py.Object, error) {
			p, err := osPath(name, arg)
			if err != nil {
				return nil, err
			}
			fi, err := stat(p)
			if err != nil {
				return nil, osError(err, p)
			}
			return statTuple(fi), nil
		})
	}
	statFn("stat", os.Stat)
	fdArg := func(name string, o py.Object) (int, error) {
		fd, err := py.IndexInt(o)
		if err != nil {
			return 0, py.ExceptionNewf(py.TypeError, "%s: an integer is required, not %s", name, o.Type().Name)
		}
		return fd, nil
	}
	m("open", "open(path, flags, mode=0o777) -> file descriptor", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var p, flags, mode py.Object = nil, nil, py.Int(0o777)
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:open", []string{"path", "flags", "mode"}, &p, &flags, &mode); err != nil {
			return nil, err
		}
		path, err := osPath("open", p)
		if err != nil {
			return nil, err
		}
		fl, err := py.IndexInt(flags)
		if err != nil {
			return nil, err
		}
		md, err := py.IndexInt(mode)
		if err != nil {
			return nil, err
		}
		fd, err := syscall.Open(path, fl|syscall.O_CLOEXEC, uint32(md))
		if err != nil {
			return nil, osError(err, path)
		}
		return py.Int(fd), nil
	})
	m("close", "close(fd)", func(self py.Object, arg py.Object) (py.Object, error) {
		fd, err := fdArg("close", arg)
		if err != nil {
			return nil, err
		}
		if err := syscall.Close(fd); err != nil {
			return nil, osError(err, "")
		}
		return py.None, nil
	})
	m("write", "write(fd, data) -> number of bytes written", func(self py.Object, args py.Tuple) (py.Object, error) {
		var fdo, data py.Object
		if err := py.UnpackTuple(args, nil, "write", 2, 2, &fdo, &data); err != nil {
			return nil, err
		}
		fd, err := fdArg("write", fdo)
		if err != nil {
			return nil, err
		}
		b, ok := compat.BytesOf(data)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", data.Type().Name)
		}
		n, err := syscall.Write(fd, b)
		if err != nil {
			return nil, osError(err, "")
		}
		return py.Int(n), nil
	})
	m("read", "read(fd, n) -> bytes", func(self py.Object, args py.Tuple) (py.Object, error) {
		var fdo, no py.Object
		if err := py.UnpackTuple(args, nil, "read", 2, 2, &fdo, &no); err != nil {
			return nil, err
		}
		fd, err := fdArg("read", fdo)
		if err != nil {
			return nil, err
		}
		n, err := py.IndexInt(no)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative length")
		}
		buf := make([]byte, n)
		k, err := syscall.Read(fd, buf)
		if err != nil {
			return nil, osError(err, "")
		}
		return compat.NewBytes(buf[:k]), nil
	})
	m("lseek", "lseek(fd, pos, how) -> new position", func(self py.Object, args py.Tuple) (py.Object, error) {
		var fdo, po, wo py.Object
		if err := py.UnpackTuple(args, nil, "lseek", 3, 3, &fdo, &po, &wo); err != nil {
			return nil, err
		}
		fd, err := fdArg("lseek", fdo)
		if err != nil {
			return nil, err
		}
		pos, err := py.IndexInt(po)
		if err != nil {
			return nil, err
		}
		how, err := py.IndexInt(wo)
		if err != nil {
			return nil, err
		}
		off, err := syscall.Seek(fd, int64(pos), how)
		if err != nil {
			return nil, osError(err, "")
		}
		return py.Int(off), nil
	})
	m("fsync", "fsync(fd)", func(self py.Object, arg py.Object) (py.Object, error) {
		fd, err := fdArg("fsync", arg)
		if err != nil {
			return nil, err
		}
		if err := syscall.Fsync(fd); err != nil {
			return nil, osError(err, "")
		}
		return py.None, nil
	})
	m("_statvfs", "_statvfs(path) -> (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax)", func(self py.Object, arg py.Object) (py.Object, error) {
		p, err := osPath("statvfs", arg)
		if err != nil {
			return nil, err
		}
		var st syscall.Statfs_t
		if err := syscall.Statfs(p, &st); err != nil {
			return nil, osError(err, p)
		}
		return py.Tuple{py.Int(st.Bsize), py.Int(st.Frsize), py.Int(int64(st.Blocks)), py.Int(int64(st.Bfree)), py.Int(int64(st.Bavail)),
			py.Int(int64(st.Files)), py.Int(int64(st.Ffree)), py.Int(int64(st.Ffree)), py.Int(st.Flags), py.Int(st.Namelen)}, nil
	})
	statFn("lstat", os.Lstat)
	pathFn("unlink", os.Remove)
	pathFn("rmdir", func(p string) error {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return syscall.ENOTDIR
		}
		return syscall.Rmdir(p)
	})
	pathFn("chdir", os.Chdir)
	m("mkdir", "mkdir(path, mode=0o777)", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var p, mode py.Object = nil, py.Int(0o777)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:mkdir", []string{"path", "mode"}, &p, &mode); err != nil {
			return nil, err
		}
		path, err := osPath("mkdir", p)
		if err != nil {
			return nil, err
		}
		md, err := py.IndexInt(mode)
		if err != nil {
			return nil, err
		}
		if err := os.Mkdir(path, os.FileMode(md)&os.ModePerm); err != nil {
			return nil, osError(err, path)
		}
		return py.None, nil
	})
	m("listdir", "listdir(path='.') -> list of names", func(self py.Object, args py.Tuple) (py.Object, error) {
		p := "."
		if len(args) > 0 && args[0] != py.None {
			var err error
			if p, err = osPath("listdir", args[0]); err != nil {
				return nil, err
			}
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, osError(err, p)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, osError(err, p)
		}
		return py.NewListFromStrings(names), nil
	})
	two := func(name string, fn func(a, b string) error) {
		m(name, name+"(src, dst)", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 arguments", name)
			}
			a, err := osPath(name, args[0])
			if err != nil {
				return nil, err
			}
			b, err := osPath(name, args[1])
			if err != nil {
				return nil, err
			}
			if err := fn(a, b); err != nil {
				return nil, osError(err, a)
			}
			return py.None, nil
		})
	}
	two("rename", os.Rename)
	two("replace", os.Rename)
	two("symlink", os.Symlink)
	two("link", os.Link)
	m("readlink", "readlink(path) -> target", func(self py.Object, arg py.Object) (py.Object, error) {
		p, err := osPath("readlink", arg)
		if err != nil {
			return nil, err
		}
		t, err := os.Readlink(p)
		if err != nil {
			return nil, osError(err, p)
		}
		return py.String(t), nil
	})
	m("urandom", "urandom(size) -> bytes from the OS random source", func(self py.Object, arg py.Object) (py.Object, error) {
		n, err := py.IndexInt(arg)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		_, _ = rand.Read(b)
		return compat.NewBytes(b), nil
	})
	m("access", "access(path, mode) -> bool", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "access() takes 2 arguments")
		}
		p, err := osPath("access", args[0])
		if err != nil {
			return nil, err
		}
		mode, err := py.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		return py.NewBool(syscall.Access(p, uint32(mode)) == nil), nil
	})
	m("chmod", "chmod(path, mode)", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 2 {
			return nil, py.ExceptionNewf(py.TypeError, "chmod() takes 2 arguments")
		}
		p, err := osPath("chmod", args[0])
		if err != nil {
			return nil, err
		}
		mode, err := py.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		if err := os.Chmod(p, os.FileMode(mode)&os.ModePerm); err != nil {
			return nil, osError(err, p)
		}
		return py.None, nil
	})
	m("utime", "utime(path, times=None)", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "utime() takes a path")
		}
		p, err := osPath("utime", args[0])
		if err != nil {
			return nil, err
		}
		at, mt := time.Now(), time.Now()
		if len(args) > 1 && args[1] != py.None {
			t, ok := args[1].(py.Tuple)
			if !ok || len(t) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "utime: 'times' must be either a tuple of two ints or None")
			}
			toTime := func(o py.Object) time.Time {
				switch v := o.(type) {
				case py.Int:
					return time.Unix(int64(v), 0)
				case py.Float:
					return time.Unix(0, int64(float64(v)*1e9))
				}
				return time.Now()
			}
			at, mt = toTime(t[0]), toTime(t[1])
		}
		if err := os.Chtimes(p, at, mt); err != nil {
			return nil, osError(err, p)
		}
		return py.None, nil
	})
	ints := map[string]func() int{"getuid": os.Getuid, "getgid": os.Getgid, "geteuid": os.Geteuid, "getegid": os.Getegid, "getppid": os.Getppid, "cpu_count": runtime.NumCPU}
	for name, fn := range ints {
		fn := fn
		m(name, name+"() -> int", func(self py.Object) (py.Object, error) { return py.Int(fn()), nil })
	}
	m("umask", "umask(mask) -> previous mask", func(self py.Object, arg py.Object) (py.Object, error) {
		n, err := py.IndexInt(arg)
		if err != nil {
			return nil, err
		}
		return py.Int(syscall.Umask(n)), nil
	})
	m("strerror", "strerror(code) -> message", func(self py.Object, arg py.Object) (py.Object, error) {
		n, err := py.IndexInt(arg)
		if err != nil {
			return nil, err
		}
		msg := syscall.Errno(n).Error()
		if len(msg) > 0 {
			msg = string(msg[0]-32*b2i(msg[0] >= 'a' && msg[0] <= 'z')) + msg[1:]
		}
		return py.String(msg), nil
	})
	m("kill", "kill(pid, signal)", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "kill() takes 2 arguments")
		}
		pid, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		sig, err := py.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
			return nil, osError(err, "")
		}
		return py.None, nil
	})
	m("_putenv", "_putenv(key, value)", func(self py.Object, args py.Tuple) (py.Object, error) {
		_ = os.Setenv(string(args[0].(py.String)), string(args[1].(py.String)))
		return py.None, nil
	})
	m("_unsetenv", "_unsetenv(key)", func(self py.Object, args py.Tuple) (py.Object, error) {
		_ = os.Unsetenv(string(args[0].(py.String)))
		return py.None, nil
	})
}

func b2i(b bool) byte {
	if b {
		return 1
	}
	return 0
}

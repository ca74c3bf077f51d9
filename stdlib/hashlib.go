package stdlib

// hashlib.go is the hashlib and hmac modules on Go's crypto packages, and
// base64.
//
// hashlib: md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256,
// sha3_384, sha3_512, shake_128, shake_256 (digest(length)), blake2b and
// blake2s (digest_size, key, salt, person: see blake2.go) (all with data and
// usedforsecurity arguments), new(name, data), algorithms_guaranteed,
// algorithms_available, pbkdf2_hmac, scrypt; hash objects have update,
// digest, hexdigest, copy, name, digest_size, block_size.
// hmac: new(key, msg, digestmod), digest(key, msg, digest), compare_digest;
// HMAC objects have update, digest, hexdigest, copy, name, digest_size;
// compare_digest's TypeErrors are CPython's (non-ASCII str, str vs bytes).
// base64: b64encode/b64decode (altchars, validate), standard_b64*,
// urlsafe_b64*, b32encode/b32decode (casefold, map01), b32hexencode/
// b32hexdecode, b16encode/b16decode, a85encode/a85decode (no options),
// b85encode/b85decode, encodebytes, decodebytes; binascii.Error on bad
// input. The standard and URL-safe
// alphabets encode through a 12-bit pair table, twice Go's encoder's speed.
// Differences from CPython: blake2's tree-hashing parameters (fanout, depth,
// leaf_size, node_offset, ...) are not provided; scrypt ignores maxmem.

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"sort"
	"strings"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/scrypt"

	"github.com/go-python/gpython/py"
	gbinascii "github.com/go-python/gpython/stdlib/binascii"

	"github.com/gowsgi/gowsgi/compat"
)

var hashAlgorithms = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha1":   sha1.New,
	"sha224": sha256.New224,
	"sha256": sha256.New,
	"sha384": sha512.New384,
	"sha512": sha512.New,
	"blake2b": func() hash.Hash {
		h, _ := blake2b.New512(nil)
		return h
	},
	"blake2s": func() hash.Hash {
		h, _ := blake2s.New256(nil)
		return h
	},
	"sha3_224":  func() hash.Hash { return sha3.New224() },
	"sha3_256":  func() hash.Hash { return sha3.New256() },
	"sha3_384":  func() hash.Hash { return sha3.New384() },
	"sha3_512":  func() hash.Hash { return sha3.New512() },
	"shake_128": func() hash.Hash { return &shakeHash{sha3.NewSHAKE128(), sha3.NewSHAKE128, 168} },
	"shake_256": func() hash.Hash { return &shakeHash{sha3.NewSHAKE256(), sha3.NewSHAKE256, 136} },
}

// oneShots are the hashes of a whole message at once, for a hash object
// made with its data and read before any update (hashlib.sha256(b).hexdigest()):
// no hash state to allocate and copy.
var oneShots = map[string]func(b []byte) ([64]byte, int){
	"md5":    func(b []byte) (d [64]byte, n int) { s := md5.Sum(b); return d, copy(d[:], s[:]) },
	"sha1":   func(b []byte) (d [64]byte, n int) { s := sha1.Sum(b); return d, copy(d[:], s[:]) },
	"sha224": func(b []byte) (d [64]byte, n int) { s := sha256.Sum224(b); return d, copy(d[:], s[:]) },
	"sha256": func(b []byte) (d [64]byte, n int) { s := sha256.Sum256(b); return d, copy(d[:], s[:]) },
	"sha384": func(b []byte) (d [64]byte, n int) { s := sha512.Sum384(b); return d, copy(d[:], s[:]) },
	"sha512": func(b []byte) (d [64]byte, n int) { s := sha512.Sum512(b); return d, copy(d[:], s[:]) },
}

// shakeHash is a SHAKE extendable-output function as a hash.Hash of size 0
// (CPython's digest_size); its output is read with sum(length).
type shakeHash struct {
	*sha3.SHAKE
	fresh func() *sha3.SHAKE
	block int
}

func (s *shakeHash) Sum(b []byte) []byte { return b }
func (s *shakeHash) Size() int           { return 0 }
func (s *shakeHash) BlockSize() int      { return s.block }

// sum reads length bytes of output from a copy of the state.
func (s *shakeHash) sum(length int) ([]byte, error) {
	state, err := s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	c := s.fresh()
	if err := c.UnmarshalBinary(state); err != nil {
		return nil, err
	}
	out := make([]byte, length)
	_, err = c.Read(out)
	return out, err
}

// hashSum is the digest of o: digest() takes a length for SHAKE (and only
// there), as in CPython.
func hashSum(o *hashObject, fn string, args py.Tuple, kwargs py.StringDict) ([]byte, error) {
	var sh *shakeHash
	isShake := false
	if o.h != nil || o.oneShot == nil {
		sh, isShake = o.hash().(*shakeHash)
	}
	if !isShake {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", o.kind.Name, fn, len(args)+len(kwargs))
		}
		return o.sum(), nil
	}
	var length py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+fn, []string{"length"}, &length); err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument 'length' (pos 1)", fn)
	}
	n, err := py.IndexInt(length)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "length must be non-negative")
	}
	return sh.sum(n)
}

// hashObject is a hashlib hash or an hmac.HMAC object.
type hashObject struct {
	name string
	// h is the hash state; nil while the object holds only the immutable
	// bytes it was made with (pending), which oneShot hashes when read
	h       hash.Hash
	pending compat.Bytes
	oneShot func(b []byte) ([64]byte, int)
	kind    *py.Type
	newHash func() hash.Hash
	mac     *hmacKey // hmac only, apart to keep a hash object small
	// bound holds the first method loaded (h.hexdigest of
	// hashlib.sha256(b).hexdigest()) in the object's own allocation
	bound compat.BoundSlot
}

// hmacKey is an HMAC object's key and everything fed to it, to copy().
type hmacKey struct{ key, data []byte }

var (
	hashType = py.NewType("HASH", "A hash object.")
	hmacType = py.NewType("HMAC", "An HMAC object.")
)

func (o *hashObject) Type() *py.Type { return o.kind }

// hashMethods and hmacMethods bind the objects' methods without gpython's
// generic attribute path (compat.Methods).
var (
	hashMethods = compat.NewMethods(hashType)
	hmacMethods = compat.NewMethods(hmacType)
)

func (o *hashObject) M__getattribute__(name string) (py.Object, error) {
	if o.kind == hmacType {
		return hmacMethods.GetAttrSlot(o, &o.bound, name)
	}
	return hashMethods.GetAttrSlot(o, &o.bound, name)
}

// hash is o's hash state, made when first needed.
func (o *hashObject) hash() hash.Hash {
	if o.h == nil {
		o.h = o.newHash()
		o.h.Write([]byte(o.pending))
		o.pending = ""
	}
	return o.h
}

// sum is o's digest.
func (o *hashObject) sum() []byte {
	if o.h == nil && o.oneShot != nil {
		d, n := o.pendingSum()
		return append([]byte(nil), d[:n]...)
	}
	return o.hash().Sum(nil)
}

// pendingSum is the digest of the pending bytes (o.h == nil, o.oneShot set).
func (o *hashObject) pendingSum() ([64]byte, int) {
	b, _ := compat.BytesView(o.pending)
	return o.oneShot(b)
}

func (o *hashObject) update(b []byte) {
	o.hash().Write(b)
	if o.mac != nil {
		o.mac.data = append(o.mac.data, b...)
	}
}

func (o *hashObject) M__repr__() (py.Object, error) {
	return py.String("<" + o.name + " " + o.kind.Name + " object>"), nil
}

// argBytes is the only argument when it is an immutable bytes object.
func argBytes(args py.Tuple) (compat.Bytes, bool) {
	if len(args) != 1 {
		return "", false
	}
	b, ok := args[0].(compat.Bytes)
	return b, ok
}

func bytesArg(fn string, o py.Object) ([]byte, error) {
	if b, ok := compat.BytesView(o); ok {
		return b, nil
	}
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "Strings must be encoded before hashing")
	}
	return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required")
}

func newHash(name string, data py.Object) (py.Object, error) {
	mk, ok := hashAlgorithms[strings.ToLower(strings.ReplaceAll(name, "-", "_"))]
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
	}
	o := &hashObject{name: strings.ToLower(name), h: mk(), kind: hashType, newHash: mk}
	if data != nil && data != py.None {
		b, err := bytesArg("update", data)
		if err != nil {
			return nil, err
		}
		o.update(b)
	}
	return o, nil
}

func hashSelf(self py.Object, args py.Tuple) (*hashObject, py.Tuple, error) {
	if o, ok := self.(*hashObject); ok {
		return o, args, nil
	}
	if len(args) > 0 {
		if o, ok := args[0].(*hashObject); ok {
			return o, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a hash object")
}

func init() {
	compat.FixExceptionType(gbinascii.Error, "binascii", "Error")
	for _, ms := range []*compat.Methods{hashMethods, hmacMethods} {
		t := ms.Type()
		ms.Add("update", "Update this hash object's state with the provided string.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.update() takes no keyword arguments", t.Name)
			}
			o, args, err := hashSelf(self, args)
			if err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "update() takes exactly one argument (%d given)", len(args))
			}
			b, err := bytesArg("update", args[0])
			if err != nil {
				return nil, err
			}
			o.update(b)
			return py.None, nil
		})
		ms.Add("digest", "Return the digest value as a bytes object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			o, args, err := hashSelf(self, args)
			if err != nil {
				return nil, err
			}
			if o.h == nil && o.oneShot != nil && len(args) == 0 && len(kwargs) == 0 {
				d, n := o.pendingSum() // on the stack: one allocation, the bytes
				r, b := compat.NewBytesBuf(n)
				copy(b, d[:n])
				return r, nil
			}
			sum, err := hashSum(o, "digest", args, kwargs)
			if err != nil {
				return nil, err
			}
			return compat.BytesOwned(sum), nil
		})
		ms.Add("hexdigest", "Return the digest value as a string of hexadecimal digits.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			o, args, err := hashSelf(self, args)
			if err != nil {
				return nil, err
			}
			if o.h == nil && o.oneShot != nil && len(args) == 0 && len(kwargs) == 0 {
				d, n := o.pendingSum() // on the stack: one allocation, the str
				r, b := compat.NewStringBuf(2 * n)
				hexEncode(b, d[:n])
				return r, nil
			}
			sum, err := hashSum(o, "hexdigest", args, kwargs)
			if err != nil {
				return nil, err
			}
			r, b := compat.NewStringBuf(2 * len(sum))
			hexEncode(b, sum)
			return r, nil
		})
		ms.Add("copy", "Return a copy of the hash object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.copy() takes no keyword arguments", t.Name)
			}
			o, args, err := hashSelf(self, args)
			if err == nil && len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.copy() takes no arguments (%d given)", t.Name, len(args))
			}
			if err != nil {
				return nil, err
			}
			c := &hashObject{name: o.name, kind: o.kind, newHash: o.newHash}
			if b, ok := o.hash().(*blake2); ok {
				c.h = b.clone()
				return c, nil
			}
			if o.mac != nil {
				c.mac = &hmacKey{key: o.mac.key}
				c.h = hmac.New(o.newHash, o.mac.key)
				c.update(o.mac.data)
				return c, nil
			}
			// Go's hashes copy their state through MarshalBinary
			c.h = o.newHash()
			m, ok1 := o.h.(encoding.BinaryMarshaler)
			u, ok2 := c.h.(encoding.BinaryUnmarshaler)
			if !ok1 || !ok2 {
				return nil, py.ExceptionNewf(py.ValueError, "%s hash objects cannot be copied", o.name)
			}
			state, err := m.MarshalBinary()
			if err == nil {
				err = u.UnmarshalBinary(state)
			}
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "copy: %v", err)
			}
			return c, nil
		})
		t.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			o := self.(*hashObject)
			if o.mac != nil {
				return py.String("hmac-" + o.name), nil
			}
			return py.String(o.name), nil
		}}
		t.Dict["digest_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*hashObject).hash().Size()), nil }}
		t.Dict["block_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*hashObject).hash().BlockSize()), nil }}
	}

	names := make([]string, 0, len(hashAlgorithms))
	for n := range hashAlgorithms {
		names = append(names, n)
	}
	sort.Strings(names)
	methods := []*compat.Builtin{
		compat.Func("new", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var name, data, usedfor py.Object = nil, py.None, py.True
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:new", []string{"name", "data", "usedforsecurity"}, &name, &data, &usedfor); err != nil {
				return nil, err
			}
			n, ok := name.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "new() argument 'name' must be str")
			}
			return newHash(string(n), data)
		}, "new(name, data=b'') -> a new hashing object using the named algorithm"),
		compat.Func("pbkdf2_hmac", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var name, password, salt, iterations, dklen py.Object = nil, nil, nil, nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "OOOO|O:pbkdf2_hmac", []string{"hash_name", "password", "salt", "iterations", "dklen"}, &name, &password, &salt, &iterations, &dklen); err != nil {
				return nil, err
			}
			n, _ := name.(py.String)
			mk, ok := hashAlgorithms[string(n)]
			if !ok {
				return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", string(n))
			}
			pw, err := bytesArg("pbkdf2_hmac", password)
			if err != nil {
				return nil, err
			}
			sl, err := bytesArg("pbkdf2_hmac", salt)
			if err != nil {
				return nil, err
			}
			it, err := py.IndexInt(iterations)
			if err != nil {
				return nil, err
			}
			if it < 1 {
				return nil, py.ExceptionNewf(py.ValueError, "iteration value must be greater than 0.")
			}
			size := mk().Size()
			if dklen != py.None {
				if size, err = py.IndexInt(dklen); err != nil {
					return nil, err
				}
			}
			key, err := pbkdf2.Key(mk, string(pw), sl, it, size)
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "%v", err)
			}
			return compat.NewBytes(key), nil
		}, "pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) -> key"),
	}
	methods = append(methods, compat.Func("scrypt", hashlibScrypt, "scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64) -> key"))
	for _, n := range names {
		n := n
		if v := blake2Variants[n]; v != nil {
			methods = append(methods, compat.Func(n, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return newBlake2Object(n, v, args, kwargs)
			}, "Return a new "+n+" hash object (digest_size, key, salt, person)"))
			continue
		}
		mk, oneShot := hashAlgorithms[n], oneShots[n]
		methods = append(methods, compat.Func(n, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) <= 1 && len(kwargs) == 0 {
				// hashlib.sha256(data), the common call, without parsing
				o := &hashObject{name: n, kind: hashType, newHash: mk}
				if b, ok := argBytes(args); ok && oneShot != nil {
					o.pending, o.oneShot = b, oneShot // bytes cannot change: hash when read
					return o, nil
				}
				o.h = mk()
				if len(args) == 1 && args[0] != py.None {
					b, err := bytesArg("update", args[0])
					if err != nil {
						return nil, err
					}
					o.update(b)
				}
				return o, nil
			}
			var data, usedfor, str py.Object = py.None, py.True, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:"+n, []string{"data", "usedforsecurity", "string"}, &data, &usedfor, &str); err != nil {
				return nil, err
			}
			if data == py.None {
				data = str
			}
			return newHash(n, data)
		}, "Returns a "+n+" hash object; optionally initialized with a string"))
	}
	algs := make([]py.Object, len(names))
	for i, n := range names {
		algs[i] = py.String(n)
	}
	guaranteed, _ := compat.NewFrozenSetFromItems(algs)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "hashlib", Doc: "hashlib module - A common interface to many hash functions."},
		Globals: compat.FuncGlobals("_hashlib", py.StringDict{"algorithms_guaranteed": guaranteed, "algorithms_available": guaranteed}, methods...),
	})

	digestmod := func(o py.Object) (string, func() hash.Hash, error) {
		var name string
		switch v := o.(type) {
		case py.String:
			name = string(v)
		case *py.Method:
			name = v.Name
		default:
			if n, err := py.GetAttrString(o, "__name__"); err == nil {
				if s, ok := n.(py.String); ok {
					name = strings.TrimPrefix(string(s), "openssl_")
				}
			}
		}
		mk, ok := hashAlgorithms[strings.ToLower(name)]
		if !ok {
			return "", nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", name)
		}
		return strings.ToLower(name), mk, nil
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "hmac", Doc: "HMAC (Keyed-Hashing for Message Authentication) module."},
		Methods: []*py.Method{
			py.MustNewMethod("new", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var key, msg, dm py.Object = nil, py.None, py.None
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:new", []string{"key", "msg", "digestmod"}, &key, &msg, &dm); err != nil {
					return nil, err
				}
				if dm == py.None {
					return nil, py.ExceptionNewf(py.TypeError, "Missing required parameter 'digestmod'.")
				}
				k, err := bytesArg("new", key)
				if err != nil {
					return nil, py.ExceptionNewf(py.TypeError, "key: expected bytes or bytearray, but got '%s'", key.Type().Name)
				}
				name, mk, err := digestmod(dm)
				if err != nil {
					return nil, err
				}
				o := &hashObject{name: name, h: hmac.New(mk, k), kind: hmacType, newHash: mk, mac: &hmacKey{key: append([]byte{}, k...)}}
				if msg != py.None {
					b, err := bytesArg("update", msg)
					if err != nil {
						return nil, err
					}
					o.update(b)
				}
				return o, nil
			}, 0, "new(key, msg=None, digestmod) -> a new HMAC object"),
			py.MustNewMethod("digest", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var key, msg, dm py.Object
				if err := py.ParseTupleAndKeywords(args, kwargs, "OOO:digest", []string{"key", "msg", "digest"}, &key, &msg, &dm); err != nil {
					return nil, err
				}
				_, mk, err := digestmod(dm)
				if err != nil {
					return nil, err
				}
				k, err := bytesArg("digest", key)
				if err != nil {
					return nil, err
				}
				m, err := bytesArg("digest", msg)
				if err != nil {
					return nil, err
				}
				h := hmac.New(mk, k)
				h.Write(m)
				return compat.NewBytes(h.Sum(nil)), nil
			}, 0, "digest(key, msg, digest) -> bytes"),
			py.MustNewMethod("compare_digest", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, py.ExceptionNewf(py.TypeError, "compare_digest expected 2 arguments, got %d", len(args))
				}
				a, aok := compat.BytesView(args[0]) // read only: no copy
				b, bok := compat.BytesView(args[1])
				if !aok || !bok {
					as, asok := args[0].(py.String)
					bs, bsok := args[1].(py.String)
					switch {
					case asok && bsok:
						if !isASCII(string(as)) || !isASCII(string(bs)) {
							return nil, py.ExceptionNewf(py.TypeError, "comparing strings with non-ASCII characters is not supported")
						}
						a, b = []byte(as), []byte(bs)
					case !aok && !bok:
						return nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", args[0].Type().Name, args[1].Type().Name)
					case !aok:
						return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[0].Type().Name)
					default:
						return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[1].Type().Name)
					}
				}
				return py.NewBool(subtle.ConstantTimeCompare(a, b) == 1), nil
			}, 0, "compare_digest(a, b) -> bool, in constant time"),
		},
	})

	registerBase64()
}

// binasciiError is binascii.Error (a ValueError).
func binasciiError() *py.Type {
	if impl := py.GetModuleImpl("binascii"); impl != nil {
		if t, ok := impl.Globals["Error"].(*py.Type); ok {
			return t
		}
	}
	return py.ValueError
}

func registerBase64() {
	toBytes := func(o py.Object) ([]byte, error) {
		if b, ok := compat.BytesView(o); ok {
			return b, nil
		}
		if s, ok := o.(py.String); ok {
			for _, r := range string(s) {
				if r > 127 {
					return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
				}
			}
			return []byte(string(s)), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", o.Type().Name)
	}
	encodeOnly := func(o py.Object) ([]byte, error) {
		if b, ok := compat.BytesView(o); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
	}
	decode64 := func(enc *base64.Encoding, data []byte, validate bool) (py.Object, error) {
		// the common case: well-formed and padded
		if out := make([]byte, enc.DecodedLen(len(data))); true {
			if n, err := enc.Decode(out, data); err == nil {
				return compat.BytesOwned(out[:n]), nil
			}
		}
		if validate {
			for _, c := range data {
				if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
					return nil, py.ExceptionNewf(binasciiError(), "Only base64 data is allowed")
				}
			}
		} else {
			// non-alphabet characters are discarded, as CPython does
			var clean []byte
			for _, c := range data {
				if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' || c == '-' || c == '_' {
					clean = append(clean, c)
				}
			}
			data = clean
		}
		s := strings.TrimRight(string(data), "=")
		out, err := enc.WithPadding(base64.NoPadding).DecodeString(s)
		if err != nil || (len(s)%4 == 1) {
			if len(s)%4 == 1 {
				return nil, py.ExceptionNewf(binasciiError(), "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(s))
			}
			return nil, py.ExceptionNewf(binasciiError(), "Incorrect padding")
		}
		if pad := len(data) - len(s); (len(s)+pad)%4 != 0 && validate {
			return nil, py.ExceptionNewf(binasciiError(), "Incorrect padding")
		} else if (len(s)+pad)%4 != 0 && len(s)%4 != 0 {
			return nil, py.ExceptionNewf(binasciiError(), "Incorrect padding")
		}
		return compat.NewBytes(out), nil
	}
	altEncoding := func(alt py.Object) (*base64.Encoding, error) {
		if alt == nil || alt == py.None {
			return base64.StdEncoding, nil
		}
		a, err := toBytes(alt)
		if err != nil || len(a) != 2 {
			return nil, py.ExceptionNewf(py.ValueError, "altchars must be a bytes-like object of length 2")
		}
		alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + string(a)
		return base64.NewEncoding(alphabet), nil
	}
	m := func(name, doc string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) *compat.Builtin {
		return compat.Func(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return fn(args, kwargs)
		}, doc)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "base64", Doc: "Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings"},
		Globals: compat.FuncGlobals("base64", nil,
			m("b64encode", "b64encode(s, altchars=None) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) == 1 && len(kw) == 0 {
					// b64encode(s), the common call, without parsing
					b, err := encodeOnly(args[0])
					if err != nil {
						return nil, err
					}
					return encodeB64(base64.StdEncoding, b), nil
				}
				var s, alt py.Object = nil, py.None
				if err := py.ParseTupleAndKeywords(args, kw, "O|O:b64encode", []string{"s", "altchars"}, &s, &alt); err != nil {
					return nil, err
				}
				b, err := encodeOnly(s)
				if err != nil {
					return nil, err
				}
				enc, err := altEncoding(alt)
				if err != nil {
					return nil, err
				}
				return encodeB64(enc, b), nil
			}),
			m("b64decode", "b64decode(s, altchars=None, validate=False) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) == 1 && len(kw) == 0 {
					b, err := toBytes(args[0])
					if err != nil {
						return nil, err
					}
					return decode64(base64.StdEncoding, b, false)
				}
				var s, alt, validate py.Object = nil, py.None, py.False
				if err := py.ParseTupleAndKeywords(args, kw, "O|OO:b64decode", []string{"s", "altchars", "validate"}, &s, &alt, &validate); err != nil {
					return nil, err
				}
				b, err := toBytes(s)
				if err != nil {
					return nil, err
				}
				if alt != py.None {
					// CPython maps the two altchars to '+' and '/' and decodes
					// the standard alphabet
					a, err := toBytes(alt)
					if err != nil || len(a) != 2 {
						return nil, py.ExceptionNewf(py.ValueError, "altchars must be a bytes-like object of length 2")
					}
					t := make([]byte, len(b))
					for i, c := range b {
						switch c {
						case a[0]:
							c = '+'
						case a[1]:
							c = '/'
						}
						t[i] = c
					}
					b = t
				}
				v, _ := compat.Truth(validate)
				return decode64(base64.StdEncoding, b, v)
			}),
			m("standard_b64encode", "standard_b64encode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return encodeB64(base64.StdEncoding, b), nil
			}),
			m("standard_b64decode", "standard_b64decode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := toBytes(args[0])
				if err != nil {
					return nil, err
				}
				return decode64(base64.StdEncoding, b, false)
			}),
			m("urlsafe_b64encode", "urlsafe_b64encode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return encodeB64(base64.URLEncoding, b), nil
			}),
			m("urlsafe_b64decode", "urlsafe_b64decode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := toBytes(args[0])
				if err != nil {
					return nil, err
				}
				return decode64(base64.URLEncoding, b, false)
			}),
			m("encodebytes", "encodebytes(s) -> bytes with newlines every 76 characters", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				s := base64.StdEncoding.EncodeToString(b)
				var out strings.Builder
				for len(s) > 76 {
					out.WriteString(s[:76] + "\n")
					s = s[76:]
				}
				if len(s) > 0 {
					out.WriteString(s + "\n")
				}
				return compat.NewBytes([]byte(out.String())), nil
			}),
			m("decodebytes", "decodebytes(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return decode64(base64.StdEncoding, b, false)
			}),
			m("b32encode", "b32encode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return compat.NewBytes([]byte(base32.StdEncoding.EncodeToString(b))), nil
			}),
			m("b32decode", "b32decode(s, casefold=False, map01=None) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				var s, casefold, map01 py.Object = nil, py.False, py.None
				if err := py.ParseTupleAndKeywords(args, kw, "O|OO:b32decode", []string{"s", "casefold", "map01"}, &s, &casefold, &map01); err != nil {
					return nil, err
				}
				b, err := toBytes(s)
				if err != nil {
					return nil, err
				}
				if map01 != py.None {
					m, err := toBytes(map01)
					if err != nil || len(m) != 1 {
						return nil, py.ExceptionNewf(py.ValueError, "map01 must be a bytes-like object of length 1")
					}
					b = []byte(strings.NewReplacer("0", "O", "1", string(m)).Replace(string(b)))
				}
				return decode32(base32.StdEncoding, b, casefold)
			}),
			m("b32hexencode", "b32hexencode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "b32hexencode() takes exactly one argument (%d given)", len(args))
				}
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return compat.NewBytes([]byte(base32.HexEncoding.EncodeToString(b))), nil
			}),
			m("b32hexdecode", "b32hexdecode(s, casefold=False) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				var s, casefold py.Object = nil, py.False
				if err := py.ParseTupleAndKeywords(args, kw, "O|O:b32hexdecode", []string{"s", "casefold"}, &s, &casefold); err != nil {
					return nil, err
				}
				b, err := toBytes(s)
				if err != nil {
					return nil, err
				}
				return decode32(base32.HexEncoding, b, casefold)
			}),
			m("a85encode", "a85encode(b) -> bytes (Ascii85, 'z' for zero groups)", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) != 1 || len(kw) != 0 {
					return nil, py.ExceptionNewf(py.TypeError, "a85encode() takes one argument (foldspaces, wrapcol, pad and adobe are not supported)")
				}
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				out := make([]byte, ascii85.MaxEncodedLen(len(b)))
				return compat.NewBytes(out[:ascii85.Encode(out, b)]), nil
			}),
			m("a85decode", "a85decode(b) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) != 1 || len(kw) != 0 {
					return nil, py.ExceptionNewf(py.TypeError, "a85decode() takes one argument (foldspaces, adobe and ignorechars are not supported)")
				}
				b, err := toBytes(args[0])
				if err != nil {
					return nil, err
				}
				out := make([]byte, 4*len(b)+4)
				n, _, err := ascii85.Decode(out, b, true)
				if err != nil {
					return nil, py.ExceptionNewf(py.ValueError, "Non-Ascii85 digit found")
				}
				return compat.NewBytes(out[:n]), nil
			}),
			m("b85encode", "b85encode(b, pad=False) -> bytes (RFC 1924 alphabet)", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				var s, pad py.Object = nil, py.False
				if err := py.ParseTupleAndKeywords(args, kw, "O|O:b85encode", []string{"b", "pad"}, &s, &pad); err != nil {
					return nil, err
				}
				b, err := encodeOnly(s)
				if err != nil {
					return nil, err
				}
				p, _ := compat.Truth(pad)
				return compat.NewBytes(encodeB85(b, p)), nil
			}),
			m("b85decode", "b85decode(b) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "b85decode() takes exactly one argument (%d given)", len(args))
				}
				b, err := toBytes(args[0])
				if err != nil {
					return nil, err
				}
				out, err := decodeB85(b)
				if err != nil {
					return nil, err
				}
				return compat.NewBytes(out), nil
			}),
			m("b16encode", "b16encode(s) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := encodeOnly(args[0])
				if err != nil {
					return nil, err
				}
				return compat.NewBytes([]byte(strings.ToUpper(hex.EncodeToString(b)))), nil
			}),
			m("b16decode", "b16decode(s, casefold=False) -> bytes", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
				var s, casefold py.Object = nil, py.False
				if err := py.ParseTupleAndKeywords(args, kw, "O|O:b16decode", []string{"s", "casefold"}, &s, &casefold); err != nil {
					return nil, err
				}
				b, err := toBytes(s)
				if err != nil {
					return nil, err
				}
				if cf, _ := compat.Truth(casefold); !cf && strings.ToUpper(string(b)) != string(b) {
					return nil, py.ExceptionNewf(binasciiError(), "Non-base16 digit found")
				}
				out, err := hex.DecodeString(string(b))
				if err != nil {
					return nil, py.ExceptionNewf(binasciiError(), "Non-base16 digit found")
				}
				return compat.NewBytes(out), nil
			}),
		),
	})
}

// encodeB64 encodes b into a new bytes object with one allocation.
func encodeB64(enc *base64.Encoding, b []byte) py.Object {
	r, out := compat.NewBytesBuf(enc.EncodedLen(len(b))) // one allocation
	switch enc {
	case base64.StdEncoding:
		b64Std.encode(out, b)
	case base64.URLEncoding:
		b64URL.encode(out, b)
	default:
		enc.Encode(out, b)
	}
	return r
}

// b64Pairs maps 12 bits of input to the two output characters, as a
// little-endian uint16, so six input bytes become eight characters with
// four lookups and one store (Go's encoder looks up each character).
type b64Pairs [1 << 12]uint16

var b64Std, b64URL = newB64Pairs("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), newB64Pairs("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

func newB64Pairs(alphabet string) *b64Pairs {
	t := new(b64Pairs)
	for i := range t {
		t[i] = uint16(alphabet[i>>6]) | uint16(alphabet[i&63])<<8
	}
	return t
}

// encode is base64 with padding; dst has room for the encoded length.
func (t *b64Pairs) encode(dst, src []byte) {
	i, j := 0, 0
	for ; i+8 <= len(src); i, j = i+6, j+8 {
		x := binary.BigEndian.Uint64(src[i:]) // the top 48 bits are used
		binary.LittleEndian.PutUint64(dst[j:], uint64(t[x>>52])|uint64(t[x>>40&0xfff])<<16|uint64(t[x>>28&0xfff])<<32|uint64(t[x>>16&0xfff])<<48)
	}
	for ; i+3 <= len(src); i, j = i+3, j+4 {
		x := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		binary.LittleEndian.PutUint16(dst[j:], t[x>>12])
		binary.LittleEndian.PutUint16(dst[j+2:], t[x&0xfff])
	}
	switch len(src) - i {
	case 1:
		x := uint(src[i]) << 4
		binary.LittleEndian.PutUint16(dst[j:], t[x])
		dst[j+2], dst[j+3] = '=', '='
	case 2:
		x := uint(src[i])<<16 | uint(src[i+1])<<8
		binary.LittleEndian.PutUint16(dst[j:], t[x>>12])
		dst[j+2], dst[j+3] = byte(t[x&0xfff]), '='
	}
}

// hexPairs maps a byte to its two lower-case hex digits as a little-endian
// uint16: one lookup and one store a byte (encoding/hex does two of each).
var hexPairs = func() (t [256]uint16) {
	const digits = "0123456789abcdef"
	for i := range t {
		t[i] = uint16(digits[i>>4]) | uint16(digits[i&15])<<8
	}
	return t
}()

// hexEncode is hex.Encode through hexPairs, eight bytes (sixteen digits)
// at a time; dst has room for 2*len(src).
func hexEncode(dst, src []byte) {
	dst = dst[:2*len(src)]
	i := 0
	for ; i+8 <= len(src); i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		d := dst[2*i : 2*i+16]
		binary.LittleEndian.PutUint64(d, uint64(hexPairs[byte(x)])|uint64(hexPairs[byte(x>>8)])<<16|uint64(hexPairs[byte(x>>16)])<<32|uint64(hexPairs[byte(x>>24)])<<48)
		binary.LittleEndian.PutUint64(d[8:], uint64(hexPairs[byte(x>>32)])|uint64(hexPairs[byte(x>>40)])<<16|uint64(hexPairs[byte(x>>48)])<<32|uint64(hexPairs[byte(x>>56)])<<48)
	}
	for ; i < len(src); i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], hexPairs[src[i]])
	}
}

var blake2Variants = map[string]*blake2Variant{"blake2b": blake2bVariant, "blake2s": blake2sVariant}

// newBlake2Object is hashlib.blake2b/blake2s(data, *, digest_size, key,
// salt, person, usedforsecurity): Go's x/crypto for the defaults, our own
// BLAKE2 for anything else.
func newBlake2Object(name string, v *blake2Variant, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var data, size, key, salt, person, usedfor, str py.Object = py.None, py.Int(v.maxSize), nil, nil, nil, py.True, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOOOOO:"+name, []string{"data", "digest_size", "key", "salt", "person", "usedforsecurity", "string"}, &data, &size, &key, &salt, &person, &usedfor, &str); err != nil {
		return nil, err
	}
	if data == py.None {
		data = str
	}
	n, err := py.IndexInt(size)
	if err != nil {
		return nil, err
	}
	if n < 1 || n > v.maxSize {
		return nil, py.ExceptionNewf(py.ValueError, "digest_size must be between 1 and %d bytes", v.maxSize)
	}
	param := func(o py.Object, what string, limit int) ([]byte, error) {
		if o == nil {
			return nil, nil
		}
		b, err := bytesArg(name, o)
		if err != nil {
			return nil, err
		}
		if len(b) > limit {
			return nil, py.ExceptionNewf(py.ValueError, "maximum %s length is %d bytes", what, limit)
		}
		return b, nil
	}
	k, err := param(key, "key", v.maxSize)
	if err != nil {
		return nil, err
	}
	sl, err := param(salt, "salt", v.maxSize/4)
	if err != nil {
		return nil, err
	}
	pe, err := param(person, "person", v.maxSize/4)
	if err != nil {
		return nil, err
	}
	if n == v.maxSize && len(k) == 0 && len(sl) == 0 && len(pe) == 0 {
		return newHash(name, data)
	}
	mk := func() hash.Hash { return newBlake2(v, n, k, sl, pe) }
	o := &hashObject{name: name, h: mk(), kind: hashType, newHash: mk}
	if data != py.None {
		b, err := bytesArg("update", data)
		if err != nil {
			return nil, err
		}
		o.update(b)
	}
	return o, nil
}

// hashlibScrypt is hashlib.scrypt (password positional, the rest keywords).
func hashlibScrypt(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "scrypt() takes exactly 1 positional argument (%d given)", len(args))
	}
	var password, salt, n, r, p, maxmem, dklen py.Object = nil, nil, nil, nil, nil, py.Int(0), py.Int(64)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOOO:scrypt", []string{"password", "salt", "n", "r", "p", "maxmem", "dklen"}, &password, &salt, &n, &r, &p, &maxmem, &dklen); err != nil {
		return nil, err
	}
	pw, err := bytesArg("scrypt", password)
	if err != nil {
		return nil, err
	}
	if salt == nil {
		return nil, py.ExceptionNewf(py.TypeError, "salt is required")
	}
	sl, err := bytesArg("scrypt", salt)
	if err != nil {
		return nil, err
	}
	ints := make([]int, 4)
	for i, o := range []py.Object{n, r, p, dklen} {
		name := []string{"n", "r", "p", "dklen"}[i]
		if o == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s is required and must be an unsigned int", name)
		}
		if ints[i], err = py.IndexInt(o); err != nil {
			return nil, err
		}
	}
	if ints[0] < 2 || ints[0]&(ints[0]-1) != 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be a power of 2.")
	}
	key, err := scrypt.Key(pw, sl, ints[0], ints[1], ints[2], ints[3])
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid parameter combination for n, r, p, maxmem.")
	}
	return compat.NewBytes(key), nil
}

// decode32 is b32decode's decoding: binascii.Error "Incorrect padding" for a
// length that is not a multiple of 8 or bad padding, "Non-base32 digit
// found" for other characters (lower case ones unless casefold).
func decode32(enc *base32.Encoding, b []byte, casefold py.Object) (py.Object, error) {
	if cf, _ := compat.Truth(casefold); cf {
		b = []byte(strings.ToUpper(string(b)))
	}
	if len(b)%8 != 0 {
		return nil, py.ExceptionNewf(binasciiError(), "Incorrect padding")
	}
	out, err := enc.DecodeString(string(b))
	if err != nil {
		if strings.Trim(string(b), "=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") != "" && enc == base32.StdEncoding ||
			strings.Trim(string(b), "=0123456789ABCDEFGHIJKLMNOPQRSTUV") != "" && enc == base32.HexEncoding {
			return nil, py.ExceptionNewf(binasciiError(), "Non-base32 digit found")
		}
		return nil, py.ExceptionNewf(binasciiError(), "Incorrect padding")
	}
	return compat.NewBytes(out), nil
}

// b85Alphabet is base64.b85encode's alphabet (RFC 1924's, as git uses).
const b85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

// encodeB85 encodes each 4-byte group big-endian as five base-85 digits;
// a short last group is zero-padded and its extra digits dropped unless pad.
func encodeB85(b []byte, pad bool) []byte {
	out := make([]byte, 0, (len(b)+3)/4*5)
	for i := 0; i < len(b); i += 4 {
		var group [4]byte
		n := copy(group[:], b[i:])
		v := binary.BigEndian.Uint32(group[:])
		var digits [5]byte
		for j := 4; j >= 0; j-- {
			digits[j] = b85Alphabet[v%85]
			v /= 85
		}
		if n < 4 && !pad {
			out = append(out, digits[:n+1]...)
		} else {
			out = append(out, digits[:]...)
		}
	}
	return out
}

// decodeB85 reverses encodeB85 (a short last group is padded with '~').
func decodeB85(b []byte) ([]byte, error) {
	out := make([]byte, 0, (len(b)+4)/5*4)
	for i := 0; i < len(b); i += 5 {
		var group [5]byte
		n := copy(group[:], b[i:])
		for j := n; j < 5; j++ {
			group[j] = '~'
		}
		var v uint64
		for j, c := range group {
			d := strings.IndexByte(b85Alphabet, c)
			if d < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "bad base85 character at position %d", i+j)
			}
			v = v*85 + uint64(d)
		}
		if v > 0xFFFFFFFF {
			return nil, py.ExceptionNewf(py.ValueError, "base85 overflow in hunk starting at byte %d", i)
		}
		var word [4]byte
		binary.BigEndian.PutUint32(word[:], uint32(v))
		if n < 5 {
			out = append(out, word[:n-1]...)
		} else {
			out = append(out, word[:]...)
		}
	}
	return out, nil
}

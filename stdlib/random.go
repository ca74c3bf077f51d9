package stdlib

// random.go is _random: the Mersenne Twister (MT19937) that CPython's
// random module uses, seeded the same way (init_by_array over the 32-bit
// words of the seed), so a seeded program draws the same numbers as under
// CPython. random.py (stdlib/py) builds the module's functions on it with
// CPython's algorithms (randbelow by rejection over getrandbits, shuffle,
// sample, choices...).

import (
	"crypto/rand"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

const mtN = 624

type mt19937 struct {
	mt  [mtN]uint32
	idx int
}

func (m *mt19937) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < mtN; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.idx = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
}

func (m *mt19937) next() uint32 {
	if m.idx >= mtN {
		for i := 0; i < mtN; i++ {
			y := (m.mt[i] & 0x80000000) | (m.mt[(i+1)%mtN] & 0x7fffffff)
			v := m.mt[(i+397)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.mt[i] = v
		}
		m.idx = 0
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

type randomObj struct{ m mt19937 }

var randomType = py.NewType("Random", "Random() -> create a random number generator with its own internal state.")

func (r *randomObj) Type() *py.Type { return randomType }

func randSelf(self py.Object, args py.Tuple) (*randomObj, py.Tuple, error) {
	if r, ok := self.(*randomObj); ok {
		return r, args, nil
	}
	if len(args) > 0 {
		if r, ok := args[0].(*randomObj); ok {
			return r, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a '_random.Random' object")
}

func init() {
	randomType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r := &randomObj{}
		var seed [4]byte
		_, _ = rand.Read(seed[:])
		r.m.initByArray([]uint32{uint32(seed[0]) | uint32(seed[1])<<8 | uint32(seed[2])<<16 | uint32(seed[3])<<24})
		return r, nil
	}
	randomType.Dict["seed"] = py.MustNewMethod("seed", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, args, err := randSelf(self, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "seed() takes one non-negative integer")
		}
		var n *big.Int
		switch v := args[0].(type) {
		case py.Int:
			n = big.NewInt(int64(v))
		case *py.BigInt:
			n = new(big.Int).Set((*big.Int)(v))
		case py.Bool:
			n = big.NewInt(0)
			if v {
				n = big.NewInt(1)
			}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "seed must be an int here")
		}
		n.Abs(n)
		var key []uint32
		words := n.Bits()
		for _, w := range words {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		}
		for len(key) > 1 && key[len(key)-1] == 0 {
			key = key[:len(key)-1]
		}
		if len(key) == 0 {
			key = []uint32{0}
		}
		r.m.initByArray(key)
		return py.None, nil
	}, 0, "seed(n) -> initialize the generator from the non-negative int n")
	randomType.Dict["random"] = py.MustNewMethod("random", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, _, err := randSelf(self, args)
		if err != nil {
			return nil, err
		}
		a, b := r.m.next()>>5, r.m.next()>>6
		return py.Float((float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)), nil
	}, 0, "random() -> x in the interval [0, 1).")
	randomType.Dict["getrandbits"] = py.MustNewMethod("getrandbits", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, args, err := randSelf(self, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "getrandbits() takes exactly one argument")
		}
		k, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
		}
		if k == 0 {
			return py.Int(0), nil
		}
		if k <= 32 {
			return py.Int(r.m.next() >> (32 - k)), nil
		}
		n := new(big.Int)
		shift := uint(0)
		for k > 0 {
			w := r.m.next()
			if k < 32 {
				w >>= 32 - k
			}
			n.Or(n, new(big.Int).Lsh(big.NewInt(int64(w)), shift))
			shift += 32
			k -= 32
		}
		if n.IsInt64() {
			return py.Int(n.Int64()), nil
		}
		return (*py.BigInt)(n), nil
	}, 0, "getrandbits(k) -> int with k random bits.")
	randomType.Dict["getstate"] = py.MustNewMethod("getstate", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, _, err := randSelf(self, args)
		if err != nil {
			return nil, err
		}
		t := make(py.Tuple, mtN+1)
		for i, v := range r.m.mt {
			t[i] = py.Int(v)
		}
		t[mtN] = py.Int(r.m.idx)
		return t, nil
	}, 0, "getstate() -> tuple containing the current state.")
	randomType.Dict["setstate"] = py.MustNewMethod("setstate", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, args, err := randSelf(self, args)
		if err != nil {
			return nil, err
		}
		t, ok := args[0].(py.Tuple)
		if !ok || len(t) != mtN+1 {
			return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
		}
		for i := 0; i < mtN; i++ {
			v, _ := py.IndexInt(t[i])
			r.m.mt[i] = uint32(v)
		}
		idx, _ := py.IndexInt(t[mtN])
		r.m.idx = idx
		return py.None, nil
	}, 0, "setstate(state) -> restore the state from getstate().")
	randomType.Flags |= py.TPFLAGS_BASETYPE
	_ = compat.NewBytes
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_random", Doc: "Module implements the Mersenne Twister random number generator."},
		Globals: py.StringDict{"Random": randomType},
	})
}

package compat

import (
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
)

// testObj is a Go type whose methods go through a Methods table.
type testObj struct {
	n     int
	bound BoundCache
}

var (
	testObjType    = py.NewType("testobj", "a Go type for builtinfn_test")
	testObjMethods = NewMethods(testObjType)
)

func (o *testObj) Type() *py.Type                { return testObjType }
func (o *testObj) M__repr__() (py.Object, error) { return py.String("<testobj>"), nil }
func (o *testObj) M__getattribute__(name string) (py.Object, error) {
	return testObjMethods.GetAttrCached(o, &o.bound, name)
}

func init() {
	testObjMethods.Add("get", "get() -> n", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if kwargs != nil && len(kwargs) != 0 {
			return py.String("kw"), nil
		}
		return py.Int(self.(*testObj).n + len(args)), nil
	})
	testObjType.Dict["size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(7), nil }}
}

func TestMethodsBindAndCall(t *testing.T) {
	o := &testObj{n: 40, bound: testObjMethods.NewCache()}
	m, err := py.GetAttrString(o, "get")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.(*Builtin); !ok {
		t.Fatalf("o.get is %T, want *Builtin", m)
	}
	// a call without keywords passes nil, with them the dict
	if r, err := py.Call(m, py.Tuple{py.None, py.None}, nil); err != nil || r != py.Int(42) {
		t.Fatalf("o.get(None, None) = %v, %v", r, err)
	}
	if r, err := py.Call(m, nil, py.StringDict{"x": py.None}); err != nil || r != py.String("kw") {
		t.Fatalf("o.get(x=None) = %v, %v", r, err)
	}
	// unbound through the type, the object first
	if r, err := py.Call(testObjType.Dict["get"], py.Tuple{o}, nil); err != nil || r != py.Int(40) {
		t.Fatalf("testobj.get(o) = %v, %v", r, err)
	}
	if _, err := py.Call(testObjType.Dict["get"], py.Tuple{py.Int(1)}, nil); err == nil {
		t.Fatal("testobj.get(1) did not raise")
	}
	// the cache hands out the same bound method
	m2, _ := py.GetAttrString(o, "get")
	if m2 != m {
		t.Fatal("o.get was bound twice")
	}
	// everything else through gpython's lookup: a property, a Go dunder,
	// object's attributes
	if r, err := py.GetAttrString(o, "size"); err != nil || r != py.Int(7) {
		t.Fatalf("o.size = %v, %v", r, err)
	}
	rp, err := py.GetAttrString(o, "__repr__")
	if err != nil {
		t.Fatal(err)
	}
	if r, err := py.Call(rp, nil, nil); err != nil || r != py.String("<testobj>") {
		t.Fatalf("o.__repr__() = %v, %v", r, err)
	}
	if r, err := py.GetAttrString(o, "__class__"); err != nil || r != testObjType {
		t.Fatalf("o.__class__ = %v, %v", r, err)
	}
	if _, err := py.GetAttrString(o, "nothing"); err == nil || !py.IsException(py.AttributeError, err) {
		t.Fatalf("o.nothing: %v, want AttributeError", err)
	}
}

func TestBuiltinIdentity(t *testing.T) {
	a := &testObj{bound: testObjMethods.NewCache()}
	b := &testObj{bound: testObjMethods.NewCache()}
	ma, _ := testObjMethods.GetAttr(a, "get")
	ma2, _ := testObjMethods.GetAttr(a, "get")
	mb, _ := testObjMethods.GetAttr(b, "get")
	if eq, _ := ma.(*Builtin).M__eq__(ma2); eq != py.True {
		t.Fatal("a.get != a.get")
	}
	if eq, _ := ma.(*Builtin).M__eq__(mb); eq != py.False {
		t.Fatal("a.get == b.get")
	}
	ha, _ := Hash(ma)
	ha2, _ := Hash(ma2)
	if ha != ha2 {
		t.Fatal("hash(a.get) changes between bindings")
	}
	f := Func("f", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return py.None, nil }, "f()")
	g := FuncGlobals("mod", nil, f)
	if eq, _ := f.M__eq__(g["f"]); eq != py.True {
		t.Fatal("module function != itself")
	}
	if name, _ := f.M__getattribute__("__module__"); name != py.String("mod") {
		t.Fatalf("__module__ = %v", name)
	}
}

// TestBoundCacheConcurrent: threads sharing an object bind its methods
// without a race (go test -race).
func TestBoundCacheConcurrent(t *testing.T) {
	o := &testObj{n: 1, bound: testObjMethods.NewCache()}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				m, err := o.M__getattribute__("get")
				if err != nil {
					t.Error(err)
					return
				}
				if r, err := py.Call(m, nil, nil); err != nil || r != py.Int(1) {
					t.Errorf("o.get() = %v, %v", r, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

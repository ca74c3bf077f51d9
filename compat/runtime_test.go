package compat

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// stubContext stands for an interpreter's context: compat's state is
// keyed by the context's identity only.
type stubContext struct{ py.Context }

// TestForgetContext: a forgotten context is in neither the states map nor
// its cache, so neither keeps it (or its state) alive; asking again makes
// a fresh state.
func TestForgetContext(t *testing.T) {
	ctx := &stubContext{}
	st := stateOf(ctx)
	if stateOf(ctx) != st {
		t.Fatal("stateOf gave two states for one context")
	}
	ForgetContext(ctx)
	if _, ok := states.Load(ctx); ok {
		t.Error("the context is still in states")
	}
	if e := stateSlot(ctx).Load(); e != nil && e.ctx == py.Context(ctx) {
		t.Error("the context is still in stateCache")
	}
	if stateOf(ctx) == st {
		t.Error("a forgotten context kept its state")
	}
	ForgetContext(ctx)
}

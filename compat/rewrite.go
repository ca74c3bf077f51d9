package compat

// rewrite.go decodes a compiled code object's bytecode into instructions,
// lets compat replace instructions with sequences, and encodes it again
// with jump targets and the line number table recomputed. It is how compat
// changes what gpython's fixed opcodes do (see the files that call
// rewriteCode) without touching gpython.
//
// The line table is also corrected on the way: gpython looks a traceback's
// line up at the offset *after* the failing instruction, so its lines were
// off by one wherever the next instruction starts a new line (CPython uses
// the instruction's own offset). Encoded tables record each instruction's
// line at its end offset, which gives the right line to gpython's lookup.

import (
	"github.com/go-python/gpython/py"
)

// CPython 3.4 opcodes used by the rewriter.
const (
	opPopTop         = 1
	opRotTwo         = 2
	opRotThree       = 3
	opDupTop         = 4
	opDupTopTwo      = 5
	opBinaryModulo   = 22
	opInplaceModulo  = 59
	opForIter        = 93
	opUnpackSequence = 92
	opBuildTuple     = 102
	opJumpForward    = 110
	opJumpIfFalseOr  = 111
	opJumpIfTrueOr   = 112
	opJumpAbsolute   = 113
	opPopJumpIfFalse = 114
	opPopJumpIfTrue  = 115
	opContinueLoop   = 119
	opSetupLoop      = 120
	opSetupExcept    = 121
	opSetupFinally   = 122
	opUnaryPositive  = 10
	opUnaryNegative  = 11
	opUnaryNot       = 12
	opUnaryInvert    = 15
	opStoreMap       = 54
	opBinarySubscr   = 25
	opStoreSubscr    = 60
	opDeleteSubscr   = 61
	opBuildSlice     = 133
	opPopExcept      = 89
	opGetIter        = 68
	opYieldFrom      = 72
	opReturnValue    = 83
	opYieldValue     = 86
	opBuildList      = 103
	opBuildSet       = 104
	opBuildMap       = 105
	opLoadFast       = 124
	opStoreFast      = 125
	opDeleteFast     = 126
	opListAppend     = 145
	opSetAdd         = 146
	opMapAdd         = 147
	opCallFunVar     = 140
	opCallFunKw      = 141
	opCallFunVarKw   = 142
	opStoreName      = 90
	opStoreGlobal    = 97
	opLoadConst      = 100
	opLoadName       = 101
	opLoadAttr       = 106
	opCompareOp      = 107
	opLoadGlobal     = 116
	opCallFunction   = 131
	opLoadClosure    = 135
	opLoadDeref      = 136
	opStoreDeref     = 137
	opDeleteDeref    = 138
	opSetupWith      = 143
	opExtendedArg    = 144
	opLoadClassDeref = 148
)

func isRelJump(op byte) bool {
	switch op {
	case opJumpForward, opForIter, opSetupLoop, opSetupExcept, opSetupFinally, opSetupWith:
		return true
	}
	return false
}

func isAbsJump(op byte) bool {
	switch op {
	case opJumpIfFalseOr, opJumpIfTrueOr, opJumpAbsolute, opPopJumpIfFalse, opPopJumpIfTrue, opContinueLoop,
		opTruthJumpIfFalse, opTruthJumpIfTrue, opTruthJumpIfFalseOrPop, opTruthJumpIfTrueOrPop: // helperop.go
		return true
	}
	return false
}

// instr is one decoded instruction. A jump's target is the index of the
// instruction it lands on.
type instr struct {
	op     byte
	arg    int
	target int // for jumps: instruction index; -1 otherwise
	line   int32
	start  int // original offset, for decoding
}

func (in instr) size() int {
	if in.op < haveArgument {
		return 1
	}
	if in.arg > 0xffff {
		return 6
	}
	return 3
}

// nextInstr reads the instruction at offset i of bytecode b, after any
// EXTENDED_ARG prefixes: where its opcode is, the opcode, its argument
// and where the next instruction starts; ok is false for truncated code.
func nextInstr(b string, i int) (start int, op byte, arg, next int, ok bool) {
	ext := 0
	for i < len(b) {
		start, op, arg = i, b[i], 0
		i++
		if op >= haveArgument {
			if i+2 > len(b) {
				return 0, 0, 0, 0, false
			}
			arg = int(b[i]) | int(b[i+1])<<8 | ext<<16
			i += 2
			if op == opExtendedArg {
				ext = arg
				continue
			}
		}
		return start, op, arg, i, true
	}
	return 0, 0, 0, 0, false
}

// decode parses code.Code; ok is false for bytecode it does not understand.
func decode(code *py.Code) ([]instr, bool) {
	b := code.Code
	var out []instr
	byOffset := map[int]int{}
	for i := 0; i < len(b); {
		start, op, arg, next, ok := nextInstr(b, i)
		if !ok {
			return nil, false
		}
		i = next
		byOffset[start] = len(out)
		out = append(out, instr{op: op, arg: arg, target: -1, line: code.Addr2Line(int32(start)), start: start})
	}
	// Extended args make the recorded start the EXTENDED_ARG's; fix up the
	// map so jumps to the prefix land on the instruction.
	for i := range out {
		in := &out[i]
		if in.op < haveArgument || !(isRelJump(in.op) || isAbsJump(in.op)) {
			continue
		}
		dest := in.arg
		if isRelJump(in.op) {
			dest = in.start + in.size() + in.arg
			if in.arg > 0xffff {
				dest = in.start + 6 + in.arg
			}
		}
		t, ok := byOffset[dest]
		if !ok {
			// A jump to an EXTENDED_ARG prefix: find the instruction after it.
			found := false
			for off := dest; off < dest+6 && off < len(b); off++ {
				if t, ok = byOffset[off]; ok {
					found = true
					break
				}
			}
			if !found {
				return nil, false
			}
		}
		in.target = t
	}
	return out, true
}

// encode writes instructions back into code: bytecode, line table,
// stack size (grown by extraStack).
func encode(code *py.Code, ins []instr, extraStack int) {
	offsets := make([]int, len(ins)+1)
	for pass := 0; pass < 4; pass++ {
		off := 0
		changed := false
		for i := range ins {
			offsets[i] = off
			off += ins[i].size()
		}
		offsets[len(ins)] = off
		for i := range ins {
			in := &ins[i]
			if in.target < 0 {
				continue
			}
			arg := offsets[in.target]
			if isRelJump(in.op) {
				arg = offsets[in.target] - (offsets[i] + in.size())
			}
			if arg != in.arg {
				in.arg = arg
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	b := make([]byte, 0, offsets[len(ins)])
	for _, in := range ins {
		if in.op >= haveArgument {
			if in.arg > 0xffff {
				b = append(b, opExtendedArg, byte(in.arg>>16), byte(in.arg>>24))
			}
			b = append(b, in.op, byte(in.arg), byte(in.arg>>8))
		} else {
			b = append(b, in.op)
		}
	}
	code.Code = string(b)
	code.Lnotab = lineTable(code.Firstlineno, ins, offsets)
	code.Stacksize += int32(extraStack)
}

// lineTable records each instruction's line at its end offset (see the file
// comment). Line numbers only grow in an lnotab; a smaller line is kept as
// the previous one.
func lineTable(first int32, ins []instr, offsets []int) string {
	var tab []byte
	lastAddr, lastLine := 0, first
	for i, in := range ins {
		if in.line <= lastLine {
			continue
		}
		addr := offsets[i+1]
		if i == 0 {
			addr = 0
		}
		dAddr, dLine := addr-lastAddr, int(in.line-lastLine)
		for dAddr > 255 {
			tab = append(tab, 255, 0)
			dAddr -= 255
		}
		for dLine > 255 {
			tab = append(tab, byte(dAddr), 255)
			dAddr = 0
			dLine -= 255
		}
		tab = append(tab, byte(dAddr), byte(dLine))
		lastAddr, lastLine = addr, in.line
	}
	return string(tab)
}

// addConst appends obj to code's constants and returns its index.
func addConst(code *py.Code, obj py.Object) int {
	code.Consts = append(code.Consts, obj)
	return len(code.Consts) - 1
}

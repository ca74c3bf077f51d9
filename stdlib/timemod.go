package stdlib

// timemod.go replaces gpython's time module (whose localtime, gmtime,
// strftime and friends raised NotImplementedError) with CPython's: time,
// time_ns, sleep, monotonic(_ns), perf_counter(_ns), process_time,
// gmtime, localtime (struct_time with the tm_* fields, tm_zone and
// tm_gmtoff), mktime, strftime, strptime, asctime, ctime, timezone,
// altzone, daylight, tzname. Local time is the process's TZ.
// sleep lets the interpreter go while it waits (other threads and requests
// of the application group run meanwhile), as CPython releases the GIL.
// Differences from CPython: strftime's %c/%x/%X use the C locale.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

var structTimeType = compat.MakeNamedTupleClass("struct_time", []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}, "time")

var processStart = time.Now()

func structTime(t time.Time) py.Object {
	wday := (int(t.Weekday()) + 6) % 7 // Monday is 0
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	st := compat.NewNamedTuple(structTimeType, py.Int(t.Year()), py.Int(int(t.Month())), py.Int(t.Day()), py.Int(t.Hour()), py.Int(t.Minute()), py.Int(t.Second()), py.Int(wday), py.Int(t.YearDay()), py.Int(isdst))
	if g, ok := st.(py.IGetDict); ok {
		name, off := t.Zone()
		g.GetDict()["tm_zone"] = py.String(name)
		g.GetDict()["tm_gmtoff"] = py.Int(off)
	}
	return st
}

// timeFromTuple reads a struct_time or 9-tuple as a time in loc.
func timeFromTuple(o py.Object, loc *time.Location) (time.Time, error) {
	t, err := py.SequenceTuple(o)
	if err != nil || len(t) < 9 {
		return time.Time{}, py.ExceptionNewf(py.TypeError, "Tuple or struct_time argument required")
	}
	v := make([]int, 9)
	for i := 0; i < 9; i++ {
		n, err := py.IndexInt(t[i])
		if err != nil {
			return time.Time{}, err
		}
		v[i] = n
	}
	return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, loc), nil
}

func secondsArg(args py.Tuple) (time.Time, error) {
	if len(args) == 0 || args[0] == py.None {
		return time.Now(), nil
	}
	switch v := args[0].(type) {
	case py.Int:
		return time.Unix(int64(v), 0), nil
	case py.Float:
		sec := int64(v)
		if float64(v) < 0 && float64(sec) != float64(v) {
			sec--
		}
		return time.Unix(sec, 0), nil
	}
	return time.Time{}, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", args[0].Type().Name)
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Strftime formats t as C's strftime in the C locale.
func Strftime(format string, t time.Time) string {
	var b strings.Builder
	wday := (int(t.Weekday()) + 6) % 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'f':
			fmt.Fprintf(&b, "%06d", t.Nanosecond()/1000)
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(weekdays[wday][:3])
		case 'A':
			b.WriteString(weekdays[wday])
		case 'b', 'h':
			b.WriteString(months[t.Month()-1][:3])
		case 'B':
			b.WriteString(months[t.Month()-1])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", wday+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-wday)/7)
		case 'V':
			_, w := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'G':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'z':
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off%3600/60)
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case 'c':
			b.WriteString(Strftime("%a %b %e %H:%M:%S %Y", t))
		case 'x':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'X':
			b.WriteString(Strftime("%H:%M:%S", t))
		case 'D':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'F':
			b.WriteString(Strftime("%Y-%m-%d", t))
		case 'T':
			b.WriteString(Strftime("%H:%M:%S", t))
		case 'R':
			b.WriteString(Strftime("%H:%M", t))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// strptimeFields parses s with format; the result is (year, month, day,
// hour, minute, second, microsecond, weekday or -1, yday or -1, utcoffset
// seconds or nil, tzname or "").
func strptimeFields(s, format string) ([]int, *int, string, error) {
	v := []int{1900, 1, 1, 0, 0, 0, 0, -1, -1}
	var off *int
	tzname := ""
	pm, hasPM := false, false
	si := 0
	fail := func() ([]int, *int, string, error) {
		return nil, nil, "", py.ExceptionNewf(py.ValueError, "time data %s does not match format %s", quote(s), quote(format))
	}
	num := func(maxDigits int) (int, bool) {
		j := si
		if j < len(s) && (s[j] == '+' || s[j] == '-') && false {
			j++
		}
		for j < len(s) && j-si < maxDigits && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == si {
			return 0, false
		}
		n, _ := strconv.Atoi(s[si:j])
		si = j
		return n, true
	}
	name := func(list []string) (int, bool) {
		for i, n := range list {
			for _, cand := range []string{n, n[:3]} {
				if len(s)-si >= len(cand) && strings.EqualFold(s[si:si+len(cand)], cand) {
					si += len(cand)
					return i, true
				}
			}
		}
		return 0, false
	}
	for fi := 0; fi < len(format); fi++ {
		c := format[fi]
		if c == ' ' {
			for si < len(s) && s[si] == ' ' {
				si++
			}
			continue
		}
		if c != '%' || fi+1 >= len(format) {
			if si >= len(s) || s[si] != c {
				return fail()
			}
			si++
			continue
		}
		fi++
		var ok bool
		switch format[fi] {
		case 'Y':
			v[0], ok = num(4)
		case 'y':
			var y int
			y, ok = num(2)
			if y < 69 {
				v[0] = 2000 + y
			} else {
				v[0] = 1900 + y
			}
		case 'm':
			v[1], ok = num(2)
		case 'd':
			v[2], ok = num(2)
		case 'H':
			v[3], ok = num(2)
		case 'I':
			v[3], ok = num(2)
		case 'M':
			v[4], ok = num(2)
		case 'S':
			v[5], ok = num(2)
		case 'f':
			start := si
			var n int
			n, ok = num(6)
			for k := si - start; k < 6; k++ {
				n *= 10
			}
			v[6] = n
		case 'p':
			if len(s)-si >= 2 {
				switch strings.ToUpper(s[si : si+2]) {
				case "AM":
					hasPM, pm, ok = true, false, true
				case "PM":
					hasPM, pm, ok = true, true, true
				}
				si += 2
			}
		case 'b', 'B', 'h':
			var m int
			m, ok = name(months)
			v[1] = m + 1
		case 'a', 'A':
			v[7], ok = name(weekdays)
		case 'j':
			v[8], ok = num(3)
		case 'z':
			if si < len(s) && s[si] == 'Z' {
				si++
				z := 0
				off, ok = &z, true
				break
			}
			if si < len(s) && (s[si] == '+' || s[si] == '-') {
				sign := 1
				if s[si] == '-' {
					sign = -1
				}
				si++
				h, ok1 := num(2)
				if si < len(s) && s[si] == ':' {
					si++
				}
				m, ok2 := num(2)
				sec := 0
				if si < len(s) && s[si] == ':' {
					si++
					sec, _ = num(2)
				}
				z := sign * (h*3600 + m*60 + sec)
				off, ok = &z, ok1 && ok2
			}
		case 'Z':
			j := si
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			tzname, ok = s[si:j], j > si
			si = j
		case '%':
			ok = si < len(s) && s[si] == '%'
			si++
		default:
			return nil, nil, "", py.ExceptionNewf(py.ValueError, "'%c' is a bad directive in format %s", format[fi], quote(format))
		}
		if !ok {
			return fail()
		}
	}
	if si != len(s) {
		return nil, nil, "", py.ExceptionNewf(py.ValueError, "unconverted data remains: %s", s[si:])
	}
	if hasPM {
		if v[3] == 12 {
			v[3] = 0
		}
		if pm {
			v[3] += 12
		}
	}
	return v, off, tzname, nil
}

func quote(s string) string {
	r, _ := compat.Repr(py.String(s))
	return r
}

func init() {
	// struct_time(sequence), as CPython's takes one 9-sequence
	ntNew := structTimeType.New
	structTimeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 {
			items, err := py.SequenceTuple(args[0])
			if err != nil {
				return nil, err
			}
			if len(items) < 9 {
				return nil, py.ExceptionNewf(py.TypeError, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
			}
			return ntNew(t, items[:9], nil)
		}
		return ntNew(t, args, kwargs)
	}
	localName, localOff := time.Now().Zone()
	jan := time.Date(time.Now().Year(), 1, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(time.Now().Year(), 7, 1, 0, 0, 0, 0, time.Local)
	stdName, stdOff := jan.Zone()
	dstName, dstOff := jul.Zone()
	daylight := 0
	if stdOff != dstOff {
		daylight = 1
	} else {
		dstName = stdName
	}
	_ = localName
	_ = localOff
	m := func(name, doc string, fn any) *py.Method { return py.MustNewMethod(name, fn, 0, doc) }
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "time", Doc: "This module provides various functions to manipulate time values."},
		Methods: []*py.Method{
			m("time", "time() -> floating point number of seconds since the Epoch", func(self py.Object) (py.Object, error) {
				return py.Float(float64(time.Now().UnixNano()) / 1e9), nil
			}),
			m("time_ns", "time_ns() -> int nanoseconds since the Epoch", func(self py.Object) (py.Object, error) {
				return py.Int(time.Now().UnixNano()), nil
			}),
			m("sleep", "sleep(seconds)", func(self py.Object, arg py.Object) (py.Object, error) {
				var secs float64
				switch v := arg.(type) {
				case py.Int:
					secs = float64(v)
				case py.Float:
					secs = float64(v)
				default:
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
				}
				if secs < 0 {
					return nil, py.ExceptionNewf(py.ValueError, "sleep length must be non-negative")
				}
				if err := compat.Sleep(self.(*py.Module).Context, time.Duration(secs*float64(time.Second))); err != nil {
					return nil, err
				}
				return py.None, nil
			}),
			m("monotonic", "monotonic() -> float", func(self py.Object) (py.Object, error) {
				return py.Float(time.Since(processStart).Seconds()), nil
			}),
			m("monotonic_ns", "monotonic_ns() -> int", func(self py.Object) (py.Object, error) {
				return py.Int(time.Since(processStart).Nanoseconds()), nil
			}),
			m("perf_counter", "perf_counter() -> float", func(self py.Object) (py.Object, error) {
				return py.Float(time.Since(processStart).Seconds()), nil
			}),
			m("perf_counter_ns", "perf_counter_ns() -> int", func(self py.Object) (py.Object, error) {
				return py.Int(time.Since(processStart).Nanoseconds()), nil
			}),
			m("process_time", "process_time() -> float", func(self py.Object) (py.Object, error) {
				return py.Float(time.Since(processStart).Seconds()), nil
			}),
			m("gmtime", "gmtime([seconds]) -> struct_time in UTC", func(self py.Object, args py.Tuple) (py.Object, error) {
				t, err := secondsArg(args)
				if err != nil {
					return nil, err
				}
				return structTime(t.UTC()), nil
			}),
			m("localtime", "localtime([seconds]) -> struct_time in local time", func(self py.Object, args py.Tuple) (py.Object, error) {
				t, err := secondsArg(args)
				if err != nil {
					return nil, err
				}
				return structTime(t.Local()), nil
			}),
			m("mktime", "mktime(tuple) -> seconds since the Epoch (local time)", func(self py.Object, arg py.Object) (py.Object, error) {
				t, err := timeFromTuple(arg, time.Local)
				if err != nil {
					return nil, err
				}
				return py.Float(float64(t.Unix())), nil
			}),
			m("strftime", "strftime(format[, tuple]) -> string", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) < 1 {
					return nil, py.ExceptionNewf(py.TypeError, "strftime() takes at least 1 argument (0 given)")
				}
				f, ok := args[0].(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
				}
				t := time.Now()
				if len(args) > 1 {
					var err error
					if t, err = timeFromTuple(args[1], time.Local); err != nil {
						return nil, err
					}
				}
				return py.String(Strftime(string(f), t)), nil
			}),
			m("strptime", "strptime(string, format) -> struct_time", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) < 1 {
					return nil, py.ExceptionNewf(py.TypeError, "strptime() takes at least 1 argument")
				}
				s, _ := args[0].(py.String)
				f := py.String("%a %b %d %H:%M:%S %Y")
				if len(args) > 1 {
					f, _ = args[1].(py.String)
				}
				v, _, _, err := strptimeFields(string(s), string(f))
				if err != nil {
					return nil, err
				}
				t := time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.UTC)
				st := structTime(t)
				items, _ := py.SequenceTuple(st)
				items[8] = py.Int(-1)
				return compat.NewNamedTuple(structTimeType, items...), nil
			}),
			m("asctime", "asctime([tuple]) -> string", func(self py.Object, args py.Tuple) (py.Object, error) {
				t := time.Now()
				if len(args) > 0 {
					var err error
					if t, err = timeFromTuple(args[0], time.Local); err != nil {
						return nil, err
					}
				}
				return py.String(Strftime("%a %b %e %H:%M:%S %Y", t)), nil
			}),
			m("ctime", "ctime(seconds) -> string", func(self py.Object, args py.Tuple) (py.Object, error) {
				t, err := secondsArg(args)
				if err != nil {
					return nil, err
				}
				return py.String(Strftime("%a %b %e %H:%M:%S %Y", t.Local())), nil
			}),
		},
		Globals: py.StringDict{
			"struct_time": structTimeType,
			"timezone":    py.Int(-stdOff),
			"altzone":     py.Int(-dstOff),
			"daylight":    py.Int(daylight),
			"tzname":      py.Tuple{py.String(stdName), py.String(dstName)},
		},
	})
}

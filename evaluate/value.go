package evaluate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// kind is the Python type a JSON value becomes under json.load.
type kind uint8

const (
	absent  kind = iota // the key is not there: dict.get gives None
	null                // None
	boolean             // True, False
	integer             // int
	float               // float
	text                // str
	list                // list
	object              // dict
)

// member is one key of a JSON object, in the order the file gives it.
type member struct {
	key string
	val Value
}

// Value is one JSON value as score.py sees it once json.load has read it:
// a None, bool, int, float, str, list or dict, compared, printed and hashed
// the way Python does. score.py never checks the types of what it reads, so
// an export may hold 52.0 where 52 is meant, or a number where a string is;
// keeping Python's view of each value is what lets Score agree with the
// script on such files too. The zero Value is an absent key, which Python's
// dict.get also reads as None.
type Value struct {
	k   kind
	b   bool
	i   int64
	f   float64 // floats, and integers too large for int64
	big bool    // an integer beyond int64: f holds it approximately, s its digits
	s   string
	l   []Value
	o   []member
}

// UnmarshalJSON reads any JSON value, keeping object keys in file order as
// Python's dicts do.
func (v *Value) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	val, err := decodeValue(dec)
	if err != nil {
		return err
	}
	*v = val
	return nil
}

func decodeValue(dec *json.Decoder) (Value, error) {
	tok, err := dec.Token()
	if err != nil {
		return Value{}, err
	}
	switch t := tok.(type) {
	case nil:
		return Value{k: null}, nil
	case bool:
		return Value{k: boolean, b: t}, nil
	case string:
		return Value{k: text, s: t}, nil
	case json.Number:
		return number(string(t))
	case json.Delim:
		switch t {
		case '[':
			out := Value{k: list, l: []Value{}}
			for dec.More() {
				e, err := decodeValue(dec)
				if err != nil {
					return Value{}, err
				}
				out.l = append(out.l, e)
			}
			_, err := dec.Token()
			return out, err
		case '{':
			out := Value{k: object, o: []member{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return Value{}, err
				}
				e, err := decodeValue(dec)
				if err != nil {
					return Value{}, err
				}
				out.set(kt.(string), e)
			}
			_, err := dec.Token()
			return out, err
		}
	}
	return Value{}, fmt.Errorf("unexpected JSON token %v", tok)
}

// number reads a JSON number literal as Python's json module does: an int
// unless it has a fraction or an exponent.
func number(lit string) (Value, error) {
	if !strings.ContainsAny(lit, ".eE") {
		if n, err := strconv.ParseInt(lit, 10, 64); err == nil {
			return Value{k: integer, i: n}, nil
		}
		f, _ := strconv.ParseFloat(lit, 64)
		digits := strings.TrimLeft(strings.TrimPrefix(lit, "-"), "0")
		if strings.HasPrefix(lit, "-") {
			digits = "-" + digits
		}
		return Value{k: integer, big: true, f: f, s: digits}, nil
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !math.IsInf(f, 0) { // Python reads 1e400 as inf
		return Value{}, err
	}
	return Value{k: float, f: f}, nil
}

// set stores a key as a Python dict does when a key repeats: the last
// value wins, in the place of the first.
func (v *Value) set(key string, val Value) {
	for i := range v.o {
		if v.o[i].key == key {
			v.o[i].val = val
			return
		}
	}
	v.o = append(v.o, member{key, val})
}

// get is dict.get(key): an absent Value for a missing key, or when v is
// not a dict at all (where Python would stop with an error).
func (v Value) get(key string) Value {
	for _, m := range v.o {
		if m.key == key {
			return m.val
		}
	}
	return Value{}
}

// isNone reports whether Python sees None: a null or an absent key.
func (v Value) isNone() bool { return v.k == absent || v.k == null }

// truthy is Python's bool(v).
func (v Value) truthy() bool {
	switch v.k {
	case boolean:
		return v.b
	case integer:
		return v.i != 0 || v.big
	case float:
		return v.f != 0
	case text:
		return v.s != ""
	case list:
		return len(v.l) > 0
	case object:
		return len(v.o) > 0
	}
	return false
}

// or is Python's "v or w".
func (v Value) or(w Value) Value {
	if v.truthy() {
		return v
	}
	return w
}

// numeric reports whether v is a bool, int or float: the types Python
// compares by value with one another.
func (v Value) numeric() bool { return v.k == boolean || v.k == integer || v.k == float }

// exactInt returns v as an int64 when it is a bool or an int that fits.
func (v Value) exactInt() (int64, bool) {
	switch {
	case v.k == boolean && v.b:
		return 1, true
	case v.k == boolean:
		return 0, true
	case v.k == integer && !v.big:
		return v.i, true
	}
	return 0, false
}

// asFloat returns a numeric v as a float64.
func (v Value) asFloat() float64 {
	if n, ok := v.exactInt(); ok {
		return float64(n)
	}
	return v.f
}

// cmpNum compares two numeric values exactly, as Python compares an int
// with a float: 2**53 + 1 is not equal to 2.0**53. ok is false when either
// is NaN.
func cmpNum(a, b Value) (c int, ok bool) {
	ai, aInt := a.exactInt()
	bi, bInt := b.exactInt()
	switch {
	case aInt && bInt:
		return cmpInt(ai, bi), true
	case aInt:
		c, ok := cmpIntFloat(ai, b.asFloat())
		return c, ok
	case bInt:
		c, ok := cmpIntFloat(bi, a.asFloat())
		return -c, ok
	}
	x, y := a.asFloat(), b.asFloat()
	if math.IsNaN(x) || math.IsNaN(y) {
		return 0, false
	}
	return cmpFloat(x, y), true
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpIntFloat compares an int with a float without rounding the int.
func cmpIntFloat(i int64, f float64) (int, bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case f >= 0x1p63:
		return -1, true
	case f < -0x1p63:
		return 1, true
	}
	t := math.Trunc(f)
	if c := cmpInt(i, int64(t)); c != 0 {
		return c, true
	}
	return cmpFloat(0, f-t), true
}

// equal is Python's ==.
func (v Value) equal(w Value) bool {
	switch {
	case v.isNone() || w.isNone():
		return v.isNone() && w.isNone()
	case v.numeric() && w.numeric():
		c, ok := cmpNum(v, w)
		return ok && c == 0
	case v.k != w.k:
		return false
	case v.k == text:
		return v.s == w.s
	case v.k == list:
		if len(v.l) != len(w.l) {
			return false
		}
		for i := range v.l {
			if !v.l[i].equal(w.l[i]) {
				return false
			}
		}
		return true
	case v.k == object:
		if len(v.o) != len(w.o) {
			return false
		}
		for _, m := range v.o {
			found := false
			for _, n := range w.o {
				if n.key == m.key {
					found = m.val.equal(n.val)
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

// equalsText reports whether v == s for a Python str s.
func (v Value) equalsText(s string) bool { return v.k == text && v.s == s }

// lessEq is Python's v <= w for numbers. ok is false where Python would
// stop with a TypeError (None, strings against numbers), which score.py
// never meets on a well-formed file; Score then treats the test as failed.
func (v Value) lessEq(w Value) (le, ok bool) {
	if !v.numeric() || !w.numeric() {
		return false, false
	}
	c, ok := cmpNum(v, w)
	return ok && c <= 0, ok
}

// plusOne is Python's v + 1 for a number.
func (v Value) plusOne() (Value, bool) {
	if n, ok := v.exactInt(); ok && n < math.MaxInt64 {
		return Value{k: integer, i: n + 1}, true
	}
	if v.k == float {
		return Value{k: float, f: v.f + 1}, true
	}
	return Value{}, false
}

// key is how Python hashes v as a dict key or set member: 1, 1.0 and
// True are one key; "1" is another.
func (v Value) key() string {
	switch {
	case v.isNone():
		return "N"
	case v.k == text:
		return "s" + v.s
	case v.numeric():
		if n, ok := v.exactInt(); ok {
			return "n" + strconv.FormatInt(n, 10)
		}
		if v.big {
			return "n" + v.s
		}
		if v.f == math.Trunc(v.f) && !math.IsInf(v.f, 0) {
			return "n" + strconv.FormatFloat(v.f, 'f', 0, 64)
		}
		return "f" + strconv.FormatFloat(v.f, 'g', -1, 64)
	}
	return "x" + v.repr() // unhashable in Python
}

// String is Python's str(v): a string as it is, anything else as repr.
func (v Value) String() string {
	if v.k == text {
		return v.s
	}
	return v.repr()
}

// repr is Python's repr(v).
func (v Value) repr() string {
	switch v.k {
	case absent, null:
		return "None"
	case boolean:
		if v.b {
			return "True"
		}
		return "False"
	case integer:
		if v.big {
			return v.s
		}
		return strconv.FormatInt(v.i, 10)
	case float:
		return pyFloat(v.f)
	case text:
		return pyQuote(v.s)
	case list:
		parts := make([]string, len(v.l))
		for i, e := range v.l {
			parts[i] = e.repr()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	parts := make([]string, len(v.o))
	for i, m := range v.o {
		parts[i] = pyQuote(m.key) + ": " + m.val.repr()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// pyFloat is Python's repr of a float: the shortest digits that read back
// the same, in fixed notation from 1e-4 up to 1e16 with ".0" on whole
// numbers, else as 1e+16 or 1.5e-05.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if f != 0 && (exp < -4 || exp >= 16) {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// pyQuote is Python's repr of a str: single quotes unless the string holds
// a single quote and no double one; backslash escapes for the quote, the
// backslash, \t \n \r and for characters Python does not print.
func pyQuote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case unicode.IsPrint(r):
			// Go's IsPrint is Python's isprintable: letters, marks,
			// numbers, punctuation and symbols; no separators or others.
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// prefix is Python's s[:n]: the first n characters, not bytes.
func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// readJSON decodes one JSON document from r into v.
func readJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("data after the JSON value")
	}
	return nil
}

package evaluate

import (
	"math"
	"testing"
)

// v reads a JSON literal as a Value, for tables.
func v(t *testing.T, lit string) Value {
	t.Helper()
	var x Value
	if lit == "" { // an absent key
		return x
	}
	if err := x.UnmarshalJSON([]byte(lit)); err != nil {
		t.Fatalf("%s: %v", lit, err)
	}
	return x
}

// The wanted strings below are what Python 3 prints for the same values.

func TestPyFloat(t *testing.T) {
	tenth := 0.1
	for _, c := range []struct {
		f    float64
		want string
	}{
		{1, "1.0"},
		{0.5, "0.5"},
		{1e16, "1e+16"},
		{1234567890123456, "1234567890123456.0"},
		{9999999999999998, "9999999999999998.0"},
		{0.0001, "0.0001"},
		{0.00001, "1e-05"},
		{1.5e-7, "1.5e-07"},
		{math.Copysign(0, -1), "-0.0"},
		{tenth + 0.2, "0.30000000000000004"}, // at run time, not as a constant
		{100, "100.0"},
		{1e22, "1e+22"},
		{123456789012345678, "1.2345678901234568e+17"},
		{2.0 / 3, "0.6666666666666666"},
		{math.Inf(1), "inf"},
		{math.NaN(), "nan"},
	} {
		if got := pyFloat(c.f); got != c.want {
			t.Errorf("pyFloat(%v) = %s; want %s", c.f, got, c.want)
		}
	}
}

func TestPyQuote(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"it's", `"it's"`},
		{`a'b"c`, `'a\'b"c'`},
		{`say "hi"`, `'say "hi"'`},
		{"tab\there\nnew\r", `'tab\there\nnew\r'`},
		{"ctl\x01\x7f", `'ctl\x01\x7f'`},
		{"café", `'café'`},
		{"nb\u00a0sp", `'nb\xa0sp'`},
		{"soft\u00adhyphen", `'soft\xadhyphen'`},
		{"line\u2028sep", `'line\u2028sep'`},
		{"priv\ue000", `'priv\ue000'`},
		{"tag\U000e0001", `'tag\U000e0001'`},
		{"smile😀", `'smile😀'`},
		{`back\slash`, `'back\\slash'`},
		{"\ufffd", "'\ufffd'"},
		{"", "''"},
	} {
		if got := pyQuote(c.s); got != c.want {
			t.Errorf("pyQuote(%q) = %s; want %s", c.s, got, c.want)
		}
	}
}

func TestRound3(t *testing.T) {
	for _, c := range []struct {
		x, want float64
	}{
		{2.0 / 3, 0.667},
		{5.0 / 6, 0.833},
		{1.0 / 8, 0.125},
		{0.0005, 0.001}, // the float is a hair above one half
		{0.0015, 0.002},
		{0.1235, 0.123}, // … and this one a hair below
		{0.9995, 1.0},
		{0, 0},
	} {
		if got := round3(c.x); got != c.want {
			t.Errorf("round3(%v) = %v; want %v", c.x, got, c.want)
		}
	}
}

func TestValueRepr(t *testing.T) {
	for _, c := range []struct{ lit, repr, str string }{
		{"", "None", "None"},
		{"null", "None", "None"},
		{"true", "True", "True"},
		{"52", "52", "52"},
		{"-0", "0", "0"},
		{"52.0", "52.0", "52.0"},
		{"5e1", "50.0", "50.0"},
		{"123456789012345678901234567890", "123456789012345678901234567890", "123456789012345678901234567890"},
		{`"2013-09-01"`, "'2013-09-01'", "2013-09-01"},
		{`[null, "2013-09-01", 3]`, "[None, '2013-09-01', 3]", "[None, '2013-09-01', 3]"},
		{`{"b": 1, "a": [true], "b": 2}`, "{'b': 2, 'a': [True]}", "{'b': 2, 'a': [True]}"},
	} {
		x := v(t, c.lit)
		if got := x.repr(); got != c.repr {
			t.Errorf("repr(%s) = %s; want %s", c.lit, got, c.repr)
		}
		if got := x.String(); got != c.str {
			t.Errorf("str(%s) = %s; want %s", c.lit, got, c.str)
		}
	}
}

func TestValueEqual(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "null", true}, // dict.get of a missing key is None
		{"52", "52.0", true},
		{"1", "true", true},
		{"0", "false", true},
		{"9007199254740993", "9007199254740992.0", false}, // 2**53+1 != 2.0**53
		{"9007199254740992", "9007199254740992.0", true},
		{"52", `"52"`, false},
		{"0", "null", false},
		{`"a"`, `"a"`, true},
		{"[1, 2]", "[1.0, 2]", true},
		{"[1, 2]", "[2, 1]", false},
		{`{"a": 1, "b": 2}`, `{"b": 2, "a": 1}`, true},
		{`{"a": 1}`, `{"a": 1, "b": 2}`, false},
		{"0.5", "0.5", true},
	} {
		if got := v(t, c.a).equal(v(t, c.b)); got != c.want {
			t.Errorf("%s == %s: %v; want %v", c.a, c.b, got, c.want)
		}
		if c.want && v(t, c.a).key() != v(t, c.b).key() && c.a[0] != '[' && c.a[0] != '{' {
			t.Errorf("%s and %s are equal but hash apart", c.a, c.b)
		}
	}
}

func TestValueTruthy(t *testing.T) {
	for _, c := range []struct {
		lit  string
		want bool
	}{
		{"", false}, {"null", false}, {"false", false}, {"0", false}, {"0.0", false},
		{`""`, false}, {"[]", false}, {"{}", false},
		{"true", true}, {"-1", true}, {"0.1", true}, {`"0"`, true}, {"[0]", true}, {`{"a": null}`, true},
	} {
		if got := v(t, c.lit).truthy(); got != c.want {
			t.Errorf("bool(%s) = %v; want %v", c.lit, got, c.want)
		}
	}
}

func TestPrefix(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"000_339a.txt", 3, "000"},
		{"ab", 3, "ab"},
		{"ééé€x", 3, "ééé"}, // characters, not bytes
		{"", 3, ""},
	} {
		if got := prefix(c.s, c.n); got != c.want {
			t.Errorf("prefix(%q, %d) = %q; want %q", c.s, c.n, got, c.want)
		}
	}
}

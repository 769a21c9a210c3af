package numbers_test

import (
	"math/rand/v2"
	"testing"

	"tally/numbers"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		kind numbers.Kind
		v    int
		qual string
	}{
		{"forty-four", true, numbers.Cardinal, 44, ""},
		{"Forty-Four", true, numbers.Cardinal, 44, ""},
		{"2,500", true, numbers.Cardinal, 2500, ""},
		{"  52 ", true, numbers.Cardinal, 52, ""},
		{"a dozen", true, numbers.Cardinal, 12, ""},
		{"half a dozen", true, numbers.Cardinal, 6, ""},
		{"one hundred and twelve", true, numbers.Cardinal, 112, ""},
		{"1.2 million", true, numbers.Cardinal, 1200000, ""},
		{"one", true, numbers.Cardinal, 1, ""},
		{"dozens", true, numbers.Vague, 12, ""},
		{"dozens of", true, numbers.Vague, 12, ""},
		{"at least 44", true, numbers.Cardinal, 44, "at least"},
		{"nearly half", true, numbers.Fraction, 50, "nearly"},
		{"40%", true, numbers.Fraction, 40, ""},
		{"2013", true, numbers.Year, 2013, ""},
		{"13-year-old", true, numbers.Age, 13, ""},
		{"$5 million", true, numbers.Money, 5000000, ""},
		{"5 a.m.", true, numbers.Clock, 500, ""},
		{"fifth", true, numbers.Ordinal, 5, ""},
		{"44 people", false, 0, 0, ""},
		{"killed 44", false, 0, 0, ""},
		{"44 and 52", false, 0, 0, ""},
		{"one of", false, 0, 0, ""},
		{"a", false, 0, 0, ""},
		{"", false, 0, 0, ""},
		{"   ", false, 0, 0, ""},
		{"nothing", false, 0, 0, ""},
	} {
		q, ok := numbers.Parse(tc.in)
		if ok != tc.ok {
			t.Errorf("Parse(%q) ok = %v, want %v (%v)", tc.in, ok, tc.ok, q)
			continue
		}
		if !ok {
			continue
		}
		if q.Kind != tc.kind || q.Value != tc.v || q.Qualifier != tc.qual {
			t.Errorf("Parse(%q) = %v, want %s %d (%q)", tc.in, q, tc.kind, tc.v, tc.qual)
		}
	}
}

func TestWords(t *testing.T) {
	for n, want := range map[int]string{
		0: "zero", 7: "seven", 13: "thirteen", 44: "forty-four", 100: "one hundred",
		112: "one hundred and twelve", 1001: "one thousand and one", 2500: "two thousand five hundred",
		1200000: "one million two hundred thousand", -5: "minus five",
	} {
		if got := numbers.Words(n); got != want {
			t.Errorf("Words(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestWordsParse checks that Parse reads back every number Words spells.
func TestWordsParse(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ns := make([]int, 0, 3000)
	for n := 0; n <= 2000; n++ {
		ns = append(ns, n)
	}
	for range 1000 {
		ns = append(ns, r.IntN(999_999_999_999))
	}
	for _, n := range ns {
		s := numbers.Words(n)
		q, ok := numbers.Parse(s)
		if !ok || q.Value != n || q.Kind != numbers.Cardinal {
			t.Fatalf("Parse(Words(%d) = %q) = %v, %v", n, s, q, ok)
		}
	}
}

// TestVagueTable checks the readings documented in the package doc.
func TestVagueTable(t *testing.T) {
	const U = numbers.Unbounded
	for _, tc := range []struct {
		in           string
		v, low, high int
	}{
		{"a couple of", 2, 2, 3},
		{"a few", 3, 3, 6},
		{"a handful", 3, 3, 6},
		{"several", 3, 3, 9},
		{"quite a few", 5, 5, U},
		{"a number of", 3, 3, U},
		{"a small number of", 2, 2, 9},
		{"a large number of", 10, 10, U},
		{"an unknown number of", 1, 1, U},
		{"multiple", 2, 2, U},
		{"many", 10, 10, U},
		{"numerous", 10, 10, U},
		{"countless", 10, 10, U},
		{"a lot of", 10, 10, U},
		{"lots of", 10, 10, U},
		{"tens of", 10, 10, 99},
		{"dozens", 12, 12, 99},
		{"scores of", 20, 20, 99},
		{"hundreds", 100, 100, 999},
		{"thousands", 1000, 1000, 9999},
		{"millions", 1000000, 1000000, 9999999},
		{"billions", 1000000000, 1000000000, U},
		{"several hundred", 300, 300, 999},
		{"a few dozen", 36, 36, 83},
		{"a couple of hundred", 200, 200, 399},
		{"tens of thousands", 10000, 10000, 99999},
		{"hundreds of thousands", 100000, 100000, 999999},
		{"many thousands", 1000, 1000, 9999},
	} {
		q, ok := numbers.Parse(tc.in)
		if !ok || q.Kind != numbers.Vague || q.Value != tc.v || q.Low != tc.low || q.High != tc.high {
			t.Errorf("Parse(%q) = %v, %v; want vague %d [%d..%d]", tc.in, q, ok, tc.v, tc.low, tc.high)
		}
		if q.Value != q.Low {
			t.Errorf("Parse(%q): Value %d != Low %d", tc.in, q.Value, q.Low)
		}
	}
	// "some" is vague only before a noun.
	qs := numbers.Find("some residents")
	if len(qs) != 1 || qs[0].Kind != numbers.Vague || qs[0].Value != 2 || qs[0].High != U {
		t.Errorf("Find(some residents) = %v", qs)
	}
}

func TestKindText(t *testing.T) {
	for k := numbers.Cardinal; k <= numbers.Date; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back numbers.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip of %v: %v, %v", k, back, err)
		}
	}
	if _, err := numbers.Kind(200).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown kind did not fail")
	}
	var k numbers.Kind
	if err := k.UnmarshalText([]byte("nonsense")); err == nil {
		t.Error("UnmarshalText(nonsense) did not fail")
	}
}

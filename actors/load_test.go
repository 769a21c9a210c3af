package actors_test

import (
	"errors"
	"strings"
	"testing"

	"tally"
	"tally/actors"
)

func TestLoadFileErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		line int    // line of the first error
		msg  string // part of its message
	}{
		{"bad kind", "x\tX\trebels\n", 1, `kind "rebels"`},
		{"bad source", "# c\n\nx\tX\trebel\t\tofficials\n", 3, `source "officials"`},
		{"bad country", "x\tX\trebel\tXX\n", 1, `country "XX"`},
		{"new id without name", "ok\tOK\tgroup\nnew-one\t\t\t\t\t\tNew One\n", 2, "needs a name"},
		{"new id without kind", "x\tX\n", 1, "needs a kind"},
		{"bad id", "Bad Id\tX\tgroup\n", 1, `id "Bad Id"`},
		{"empty id", "\tX\tgroup\n", 1, "empty id"},
		{"too many columns", "x\tX\tgroup\t\t\t\t\t\t\n", 1, "9 columns"},
		{"alias without letters", "x\tX\tgroup\t\t\t\tgood|--\n", 1, `alias "--"`},
		{"unknown parent", "x\tX\tgroup\ny\tY\tgroup\t\t\t\t\tnobody\n", 2, `parent "nobody"`},
		{"bad origin", "x\tX\tgroup\t\t\tOne Voice\n", 1, `origin "One Voice"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := actors.New()
			err := tb.LoadFile(strings.NewReader(tt.file))
			var le *actors.LineError
			if !errors.As(err, &le) {
				t.Fatalf("LoadFile = %v, want a *LineError", err)
			}
			if le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
				t.Errorf("error %q, want line %d with %q", le, tt.line, tt.msg)
			}
			if !strings.Contains(err.Error(), "line ") {
				t.Errorf("error %q does not say the line", err)
			}
			if tb.Len() != 0 {
				t.Errorf("table has %d actors after a failed load, want 0", tb.Len())
			}
		})
	}
}

func TestLoadFileReportsEveryBadLine(t *testing.T) {
	file := "a\tA\tbad\nb\tB\tgroup\nc\tC\tgroup\tZZ\n"
	err := actors.New().LoadFile(strings.NewReader(file))
	for _, want := range []string{"line 1:", "line 3:"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %s", err, want)
		}
	}
}

func TestLoadFileExtendsBuiltin(t *testing.T) {
	tb := actors.Builtin()
	file := "\ufeff# user aliases\r\n" +
		"pmoi\t\t\t\t\t\tMujahedin-e Khalq Organisation|Sazman-e Mojahedin-e Khalq\r\n" +
		"iq-security-forces\t\t\t\t\t\tSWAT brigade of Baghdad\r\n" +
		"camp-liberty-guards\tCamp Liberty guards\tstate\tIQ\tofficial\tiq-state\tLiberty guards\tiq-security-forces\r\n"
	if err := tb.LoadFile(strings.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	text := "Sazman-e Mojahedin-e Khalq said the SWAT brigade of Baghdad and the Liberty guards fired."
	want := []string{"Sazman-e Mojahedin-e Khalq=pmoi", "SWAT brigade of Baghdad=iq-security-forces", "Liberty guards=camp-liberty-guards"}
	if got := found(tb.Find(text)); strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("Find = %q, want %q", got, want)
	}
	a, _ := tb.Actor("pmoi")
	if a.Name != "People's Mojahedin Organization of Iran" || a.Kind != tally.ActorGroup || a.Origin != "pmoi" {
		t.Errorf("extending pmoi changed its fields: %+v", a)
	}
	if p, ok := tb.Parent("camp-liberty-guards"); !ok || p.ID != "iq-security-forces" {
		t.Errorf("Parent = %q, %v", p.ID, ok)
	}
	// The shared default table is untouched.
	if ms := actors.Default().Find(text); len(ms) != 1 {
		t.Errorf("Default().Find = %q; Builtin tables must be independent", found(ms))
	}
}

func TestLoadFileOverrides(t *testing.T) {
	tb := actors.Builtin()
	// Non-empty fields replace, and a user's spelling beats a built-in one.
	file := "witnesses\t\t\t\tobserver\n" +
		"local-police\tlocal police\tstate\tUS\tofficial\t\tpolice\n"
	if err := tb.LoadFile(strings.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	if a, _ := tb.Lookup("eyewitnesses"); a.Source != tally.SourceObserver || a.Kind != tally.ActorCivilians {
		t.Errorf("witnesses = %+v, want source observer and kind unchanged", a)
	}
	if ms := tb.Find("police said"); len(ms) != 1 || ms[0].Actor.ID != "local-police" {
		t.Errorf("Find(police said) = %q, want the user's actor", found(ms))
	}
}

func TestAdd(t *testing.T) {
	tb := actors.New()
	tb.Add(tally.Actor{Name: "Camp Ashraf Committee", Kind: tally.ActorGroup, Aliases: []string{"CAC"}})
	tb.Add(tally.Actor{ID: "camp-ashraf-committee", Aliases: []string{"Ashraf Committee"}})
	a, ok := tb.Actor("camp-ashraf-committee")
	if !ok || a.Kind != tally.ActorGroup || len(a.Aliases) != 2 {
		t.Fatalf("Actor = %+v, %v", a, ok)
	}
	got := found(tb.Find("The CAC, or Ashraf Committee, and the Camp Ashraf Committee."))
	want := []string{"CAC=camp-ashraf-committee", "Ashraf Committee=camp-ashraf-committee", "Camp Ashraf Committee=camp-ashraf-committee"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

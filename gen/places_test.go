package gen

import (
	"flag"
	"os"
	"testing"

	"tally/gazetteer"
)

var update = flag.Bool("update", false, "rewrite places.tsv from the gazetteer")

// The embedded towns must be what the gazetteer resolves now, or the
// ground truth would name places extraction cannot find.
func TestPlacesTable(t *testing.T) {
	ps, err := resolvePlaces(gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := encodePlaces(ps)
	if *update {
		if err := os.WriteFile("places.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want != placesTSV && !*update {
		t.Fatal("places.tsv differs from what the gazetteer resolves: run go test ./gen -run PlacesTable -update")
	}
	got, err := decodePlaces(want)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ps) || len(ps) < 150 {
		t.Fatalf("%d places decoded, %d resolved", len(got), len(ps))
	}
	for i := range ps {
		if got[i].Written != ps[i].Written || got[i].Record.ID != ps[i].Record.ID || got[i].Abbr != ps[i].Abbr {
			t.Errorf("place %d: %+v, want %+v", i, got[i], ps[i])
		}
	}
}

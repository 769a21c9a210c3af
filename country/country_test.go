package country_test

import (
	"testing"

	"tally/country"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Iraq", "IQ", true},
		{"Iraqi", "IQ", true},
		{"iraqis", "IQ", true},
		{"U.S.", "US", true},
		{"United States", "US", true},
		{"Britain", "GB", true},
		{"Iranian", "IR", true},
		{"Côte d’Ivoire", "CI", true},
		{"Narnia", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		c, ok := country.Lookup(tt.in)
		if ok != tt.ok || c.Code != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.in, c.Code, ok, tt.want, tt.ok)
		}
	}
}

func TestIsDemonym(t *testing.T) {
	if c, ok := country.IsDemonym("Syrian"); !ok || c.Code != "SY" {
		t.Errorf("IsDemonym(Syrian) = %v, %v", c.Code, ok)
	}
	if _, ok := country.IsDemonym("Iraq"); ok {
		t.Error("IsDemonym(Iraq) = true; a country name is not a demonym")
	}
	if c, ok := country.LookupName("Georgia"); !ok || c.Code != "GE" {
		t.Errorf("LookupName(Georgia) = %v, %v", c.Code, ok)
	}
}

func TestByCodeCoversTable(t *testing.T) {
	all := country.All()
	if len(all) < 150 {
		t.Fatalf("only %d countries", len(all))
	}
	for _, c := range all {
		got, ok := country.ByCode(c.Code)
		if !ok || got.Name != c.Name {
			t.Errorf("ByCode(%s) = %v, %v", c.Code, got.Name, ok)
		}
		if len(c.Code) != 2 {
			t.Errorf("%s: code %q is not alpha-2", c.Name, c.Code)
		}
	}
}

package actors_test

import (
	"testing"

	"tally/actors"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		want string // "" for no actor
	}{
		// Exact aliases, case free except for acronyms.
		{"Iraqi Army", "iq-security-forces"},
		{"iraqi army", "iq-security-forces"},
		{"Iraqi officials", "iq-government"},
		{"the NCRI", "ncri"},
		{"NCRI", "ncri"},
		{"The Guardian", "guardian"},
		{"IS", "islamic-state"},
		{"is", ""},
		{"Un", ""},
		{"police", "police"},
		{"Police", "police"},
		{"eye-witnesses", "witnesses"},
		{"al-Maliki", "nouri-al-maliki"},
		{"Syrian army", "sy-security-forces"},
		{"Nigerian troops", "ng-security-forces"},
		{"Afghan police", "af-police"},

		// Skeleton keys: spellings not in the table.
		{"Mujahidin-e Khalq", "pmoi"},
		{"Mojahedeen Khalq", "pmoi"},
		{"Qudsi Force", ""}, // one vowel group more: not the same word
		{"Kods Force", "quds-force"},
		{"Nuri Kamel al-Maliki", "nouri-al-maliki"},
		{"Qasem Suleimany", "qassem-soleimani"},
		{"Hammas", "hamas"},
		{"Hizbollah", "hezbollah"},
		{"Asayeb Ahl al-Haq", "aah"},

		// Token subsets of people's names.
		{"Maliki", "nouri-al-maliki"},
		{"President Assad", "bashar-al-assad"},
		{"Bashar", "bashar-al-assad"},
		{"Ayatollah Khamenei", "ali-khamenei"},
		{"Baghdadi", "abu-bakr-al-baghdadi"},
		{"Rajavi", ""}, // Maryam or Massoud: ambiguous

		// Not actors.
		{"Homs", ""},
		{"Suleiman", ""},
		{"Iranian exiles said", ""},
		{"", ""},
		{"the", ""},
	}
	tb := actors.Default()
	for _, tt := range tests {
		a, ok := tb.Lookup(tt.name)
		if ok != (tt.want != "") || a.ID != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.name, a.ID, ok, tt.want)
		}
	}
}

func TestLookupFields(t *testing.T) {
	tb := actors.Default()
	tests := []struct {
		name                          string
		kind, country, source, origin string
	}{
		{"PMOI", "group", "IR", "party", "pmoi"},
		{"NCRI", "group", "IR", "party", "pmoi"},
		{"Iraqi security forces", "state", "IQ", "official", "iq-state"},
		{"Iraqi police", "state", "IQ", "official", "iq-state"},
		{"Iraqi government", "state", "IQ", "official", "iq-state"},
		{"UNAMI", "external", "IQ", "observer", "un"},
		{"Amnesty International", "organisation", "", "observer", ""},
		{"eyewitnesses", "civilians", "", "witness", ""},
		{"Reuters", "media", "GB", "media", ""},
		{"Nouri al-Maliki", "person", "IQ", "official", ""},
		{"gunmen", "militia", "", "", ""},
	}
	for _, tt := range tests {
		a, ok := tb.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		if string(a.Kind) != tt.kind || a.Country != tt.country || string(a.Source) != tt.source || a.Origin != tt.origin {
			t.Errorf("Lookup(%q) = kind %q country %q source %q origin %q; want %q %q %q %q",
				tt.name, a.Kind, a.Country, a.Source, a.Origin, tt.kind, tt.country, tt.source, tt.origin)
		}
	}
}

func TestParent(t *testing.T) {
	tb := actors.Default()
	for child, parent := range map[string]string{
		"quds-force": "irgc", "aqap": "al-qaeda", "iswap": "islamic-state", "unami": "un", "kataib-hezbollah": "pmf",
	} {
		p, ok := tb.Parent(child)
		if !ok || p.ID != parent {
			t.Errorf("Parent(%s) = %q, %v; want %s", child, p.ID, ok, parent)
		}
	}
	if p, ok := tb.Parent("irgc"); ok {
		t.Errorf("Parent(irgc) = %s, want none", p.ID)
	}
}

// TestDefaultCoverage keeps the built-in table from shrinking by accident.
func TestDefaultCoverage(t *testing.T) {
	count := map[string]int{}
	for _, a := range actors.Default().Actors() {
		k := string(a.Kind)
		if (a.Kind == "rebel" || a.Kind == "militia") && a.Country != "" {
			k = "armed group"
		}
		count[k]++
	}
	for k, min := range map[string]int{"armed group": 60, "person": 20, "media": 30, "state": 400, "external": 25, "organisation": 15, "civilians": 15} {
		if count[k] < min {
			t.Errorf("%d actors of kind %s, want at least %d", count[k], k, min)
		}
	}
}

// TestActorAliasesAreCopies checks that a caller appending to an actor's
// aliases cannot change the table.
func TestActorAliasesAreCopies(t *testing.T) {
	tb := actors.Builtin()
	a, _ := tb.Actor("pmoi")
	n := len(a.Aliases)
	_ = append(a.Aliases, "Camp Liberty")
	tb.Add(a) // re-adding is a no-op merge
	b, _ := tb.Actor("pmoi")
	if len(b.Aliases) != n {
		t.Errorf("aliases changed from %d to %d", n, len(b.Aliases))
	}
	if ms := tb.Find("Camp Liberty"); len(ms) != 0 {
		t.Errorf("Find(Camp Liberty) = %q", found(ms))
	}
}

// TestConcurrentReads runs Find and Lookup from several goroutines; run it
// with -race.
func TestConcurrentReads(t *testing.T) {
	tb := actors.Default()
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				tb.Find("Iraqi troops and the MEK; Qods Force; witnesses said")
				tb.Lookup("Nuri al-Maliki")
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

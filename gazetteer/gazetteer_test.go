package gazetteer_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"tally"
	"tally/gazetteer"
)

// want is one place a text should resolve to: the words as written, the
// place's ID, and the geo precision.
type want struct {
	name string
	id   string
	prec tally.GeoPrecision
}

// The sentences are written for these tests; the places are facts.
func TestFindResolve(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		opt   gazetteer.Options
		want  []want
		never []string // words that must not resolve to any place
	}{
		{
			name: "dateline with AP abbreviation, town and county",
			text: "KOKOMO, Ind. — A man was shot Sunday in Kokomo, and the Howard County Sheriff's Office is investigating.",
			want: []want{
				{"KOKOMO, Ind.", "geonames:4922388", tally.GeoExact},
				{"Kokomo", "geonames:4922388", tally.GeoExact},
				{"Howard County", "admin2:US.IN.067", tally.GeoAdmin2},
			},
		},
		{
			name: "county without state picks the county's state",
			text: "Deputies said the shooting happened in Kokomo. The Howard County coroner identified the victim.",
			want: []want{
				{"Kokomo", "geonames:4922388", tally.GeoExact},
				{"Howard County", "admin2:US.IN.067", tally.GeoAdmin2},
			},
		},
		{
			name: "a region name another country also uses",
			text: "Separatists attacked a school in Cameroon's Northwest region on Monday.",
			want: []want{
				{"Cameroon", "country:CM", tally.GeoCountry},
				{"Northwest region", "admin1:CM.07", tally.GeoAdmin1},
			},
		},
		{
			name: "English spelling of a state GeoNames spells otherwise",
			text: "Fighters attacked a village in Sudan's Gezira state on Wednesday.",
			want: []want{
				{"Sudan", "country:SD", tally.GeoCountry},
				{"Gezira state", "admin1:SD.38", tally.GeoAdmin1},
			},
		},
		{
			name: "possessive country before its province",
			text: "Exiles said 52 residents were killed at Camp Ashraf in Iraq's Diyala Province.",
			want: []want{
				{"Camp Ashraf", "tally:camp-ashraf", tally.GeoExact},
				{"Iraq", "country:IQ", tally.GeoCountry},
				{"Diyala Province", "admin1:IQ.10", tally.GeoAdmin1},
			},
		},
		{
			name: "Ashraf variants and governorate",
			text: "Residents of Ashraf City said the Ashraf camp in Diyala governorate was raided before dawn.",
			want: []want{
				{"Ashraf City", "tally:camp-ashraf", tally.GeoExact},
				{"Ashraf camp", "tally:camp-ashraf", tally.GeoExact},
				{"Diyala governorate", "admin1:IQ.10", tally.GeoAdmin1},
			},
		},
		{
			name: "misspelt camp",
			text: "Iraqi troops entered Camp Asharf early on Sunday.",
			want: []want{{"Camp Asharf", "tally:camp-ashraf", tally.GeoExact}},
		},
		{
			name: "camp outside a city",
			text: "The exiles were moved to Camp Liberty, outside of Baghdad, last year.",
			want: []want{
				{"Camp Liberty", "tally:camp-liberty", tally.GeoExact},
				{"Baghdad", "geonames:98182", tally.GeoNear},
			},
		},
		{
			name: "St. abbreviation and AP state",
			text: "The shooting happened in St. Augustine, Fla., on Friday night.",
			want: []want{{"St. Augustine, Fla.", "geonames:4170894", tally.GeoExact}},
		},
		{
			name: "same town name in two states",
			text: "Police in Brooklyn, Ind., said the suspect had lived in Brooklyn, N.Y., until May.",
			want: []want{
				{"Brooklyn, Ind.", "geonames:4254985", tally.GeoExact},
				{"Brooklyn, N.Y.", "geonames:5110302", tally.GeoExact},
			},
			never: []string{"May"},
		},
		{
			name: "bare name takes the state named in its dateline",
			text: "BROOKLYN, Ind. — Officers were called to a home in Brooklyn shortly after 9 p.m.",
			want: []want{
				{"BROOKLYN, Ind.", "geonames:4254985", tally.GeoExact},
				{"Brooklyn", "geonames:4254985", tally.GeoExact},
			},
		},
		{
			name: "dateline in capitals",
			text: "CULPEPER, Va. (AP) — A deputy was wounded during a traffic stop.",
			want: []want{{"CULPEPER, Va.", "geonames:4754966", tally.GeoExact}},
		},
		{
			name: "Syria",
			text: "Shelling killed 12 people in Idlib province and four near Aleppo, Syrian activists said.",
			want: []want{
				{"Idlib province", "admin1:SY.12", tally.GeoAdmin1},
				{"Aleppo", "geonames:170063", tally.GeoNear},
			},
		},
		{
			name: "Nigeria",
			text: "Gunmen killed 30 villagers near Maiduguri, the capital of Borno State, Nigerian officials said.",
			want: []want{
				{"Maiduguri", "geonames:2331447", tally.GeoNear},
				{"Borno State", "admin1:NG.27", tally.GeoAdmin1},
			},
		},
		{
			name: "Afghanistan",
			text: "A roadside bomb in Kandahar province killed five Afghan soldiers; another exploded north of Lashkar Gah in Helmand.",
			want: []want{
				{"Kandahar province", "admin1:AF.23", tally.GeoAdmin1},
				{"Lashkar Gah", "geonames:1134720", tally.GeoNear},
				{"Helmand", "admin1:AF.10", tally.GeoAdmin1},
			},
		},
		{
			name: "town and governorate after a comma",
			text: "The attack took place in Baqubah, Diyala, on Tuesday.",
			want: []want{{"Baqubah, Diyala", "geonames:97990", tally.GeoExact}},
		},
		{
			name: "country hint decides a bare name",
			text: "Two men were killed in Damascus on Friday.",
			opt:  gazetteer.Options{Country: "SY"},
			want: []want{{"Damascus", "geonames:170654", tally.GeoExact}},
		},
		{
			name: "Yemen: a division named after its seat, an English spelling",
			text: "Air strikes killed 20 civilians in Hodeidah and in Taiz province, Yemeni officials said.",
			want: []want{
				{"Hodeidah", "geonames:79415", tally.GeoExact},
				{"Taiz", "admin1:YE.25", tally.GeoAdmin1},
			},
		},
		{
			name: "a city before the governorate of its name",
			text: "Fighting continued near Raqqa, Syria, on Monday.",
			want: []want{{"Raqqa, Syria", "geonames:172955", tally.GeoNear}},
		},
		{
			name:  "headline in title case",
			text:  "Hunter Shot On Grand Mesa\nSunday Morning Shooting Leaves Two Dead In Little Rock",
			want:  []want{{"Little Rock", "geonames:4119403", tally.GeoExact}},
			never: []string{"Mesa", "Sunday", "Shooting"},
		},
		{
			name:  "ages and family words make people",
			text:  "Their daughters, 4-year-old Olivia and 6-year-old Austin, survived. Powell's son said the family was close.",
			never: []string{"Olivia", "Austin", "Powell"},
		},
		{
			name:  "people",
			text:  "Clarence Washington, 35, was charged. Amari Brown was shot. Later Brown said nothing, and Washington declined to comment.",
			never: []string{"Clarence", "Washington", "Brown", "Amari"},
		},
		{
			name:  "streets and buildings",
			text:  "He was shot in the 1100 block of North Harding Avenue near Clinton Drive and taken to Howard Regional Hospital.",
			never: []string{"Harding", "Clinton", "Howard"},
		},
		{
			name:  "days, months and common words",
			text:  "Police said on Sunday in March that Chase Bank was robbed. May was warm. Reading the report, Liberty officials sighed.",
			never: []string{"Police", "Sunday", "March", "Chase", "May", "Reading", "Liberty"},
		},
		{
			name:  "speakers and organisations",
			text:  "Jordan told reporters that the Washington Post had it wrong, according to the University of Baghdad.",
			never: []string{"Jordan", "Washington", "Baghdad"},
		},
		{
			name: "two words the gazetteer writes as one",
			text: "A bomb killed 23 people in Balad Ruz on Thursday, Iraqi police said.",
			want: []want{{"Balad Ruz", "geonames:98109", tally.GeoExact}},
		},
		{
			name: "a town the text introduces, after a demonym",
			text: "A car bomb exploded near a bus station in the Syrian city of Qamishli on Monday.",
			want: []want{{"Qamishli", "geonames:173377", tally.GeoExact}},
		},
		{
			name: "a town by a spelling GeoNames writes with an ʿayn",
			text: "A car bomb exploded near a police station in Azaz in Syria last night.",
			want: []want{{"Azaz", "geonames:172082", tally.GeoExact}},
		},
		{
			name: "a short town name that is also a word, in a dateline",
			text: "HIT, Iraq — Attackers blew up a car at a market on Tuesday.",
			want: []want{{"HIT, Iraq", "geonames:95788", tally.GeoExact}},
		},
		{
			name: "a state followed by a weekday",
			text: "A shooting in Waterloo, Iowa Sunday night sent two people to the hospital.",
			want: []want{{"Waterloo, Iowa", "geonames:4880889", tally.GeoExact}},
		},
		{
			name: "a division named before its name",
			text: "Armed men killed nine people in the state of Zacatecas on Saturday, prosecutors said.",
			want: []want{{"Zacatecas", "admin1:MX.32", tally.GeoAdmin1}},
		},
		{
			name: "a town that shares its municipality's name",
			text: "Eight people were killed in the town of Andes on Saturday, Colombian police said.",
			want: []want{{"Andes", "geonames:3689899", tally.GeoExact}},
		},
		{
			name:  "name joined by an article",
			text:  "The group sent fighters to Bashar al-Assad and praised Nouri al-Maliki.",
			never: []string{"Bashar", "Assad", "Maliki"},
		},
	}
	g := gazetteer.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs := g.Resolve(tt.text, g.Find(tt.text), tt.opt)
			got := map[string]tally.PlaceRef{}
			var seen []string
			for _, r := range refs {
				got[r.Span.Of(tt.text)] = r
				seen = append(seen, r.Span.Of(tt.text)+"="+r.Place.ID)
			}
			for _, w := range tt.want {
				r, ok := got[w.name]
				switch {
				case !ok:
					t.Errorf("%q not resolved; got %v", w.name, seen)
				case r.Place.ID != w.id:
					t.Errorf("%q = %s (%s, %s, %s); want %s", w.name, r.Place.ID, r.Place.Name, r.Place.Admin1, r.Place.Country, w.id)
				case r.Precision != w.prec:
					t.Errorf("%q precision = %d; want %d", w.name, r.Precision, w.prec)
				}
			}
			for _, n := range tt.never {
				for name := range got {
					if strings.Contains(name, n) {
						t.Errorf("%q resolved to %s; want no place", name, got[name].Place.ID)
					}
				}
			}
		})
	}
}

func TestContains(t *testing.T) {
	g := gazetteer.Default()
	place := func(id string) tally.Place {
		t.Helper()
		p, ok := g.ByID(id)
		if !ok {
			t.Fatalf("ByID(%q): not found", id)
		}
		return p
	}
	tests := []struct {
		outer, inner string
		want         bool
	}{
		{"admin1:IQ.10", "tally:camp-ashraf", true},    // Diyala ⊃ Camp Ashraf
		{"country:IQ", "geonames:98182", true},         // Iraq ⊃ Baghdad
		{"admin1:US.IN", "geonames:4922388", true},     // Indiana ⊃ Kokomo
		{"admin2:US.IN.067", "geonames:4922388", true}, // Howard County ⊃ Kokomo
		{"admin1:US.IN", "admin2:US.IN.067", true},     // Indiana ⊃ Howard County
		{"country:IQ", "admin1:IQ.10", true},           // Iraq ⊃ Diyala
		{"admin1:IQ.07", "tally:camp-liberty", true},   // Baghdad governorate ⊃ Camp Liberty
		{"admin1:IQ.10", "geonames:98182", false},      // Diyala ⊅ Baghdad
		{"admin1:US.NY", "geonames:4922388", false},    // New York ⊅ Kokomo
		{"admin2:US.MD.027", "geonames:4922388", false},
		{"country:SY", "geonames:98182", false},
		{"geonames:98182", "tally:camp-liberty", false}, // a city is not a division
		{"admin1:IQ.10", "admin1:IQ.10", false},
	}
	for _, tt := range tests {
		if got := g.Contains(place(tt.outer), place(tt.inner)); got != tt.want {
			t.Errorf("Contains(%s, %s) = %v; want %v", tt.outer, tt.inner, got, tt.want)
		}
	}
	// A place made by hand is placed by its fields.
	village := tally.Place{Name: "Some Village", Country: "IQ", Admin1: "Diyala", Feature: "P.PPL"}
	if !g.Contains(place("admin1:IQ.10"), village) {
		t.Error("Contains(Diyala, a hand-made Diyala village) = false")
	}
}

func TestParent(t *testing.T) {
	g := gazetteer.Default()
	kokomo, _ := g.ByID("geonames:4922388")
	tests := []struct {
		p     tally.Place
		level string
		want  string
	}{
		{kokomo, "admin1", "admin1:US.IN"},
		{kokomo, "admin2", "admin2:US.IN.067"},
		{kokomo, "country", "country:US"},
		{mustID(t, g, "tally:camp-ashraf"), "admin1", "admin1:IQ.10"},
		{mustID(t, g, "admin1:IQ.10"), "country", "country:IQ"},
		{mustID(t, g, "admin1:IQ.10"), "admin1", ""},
		{mustID(t, g, "country:IQ"), "country", ""},
		{kokomo, "planet", ""},
	}
	for _, tt := range tests {
		got, ok := g.Parent(tt.p, tt.level)
		if ok != (tt.want != "") || got.ID != tt.want {
			t.Errorf("Parent(%s, %q) = %q, %v; want %q", tt.p.ID, tt.level, got.ID, ok, tt.want)
		}
	}
}

func mustID(t *testing.T, g *gazetteer.Gazetteer, id string) tally.Place {
	t.Helper()
	p, ok := g.ByID(id)
	if !ok {
		t.Fatalf("ByID(%q): not found", id)
	}
	return p
}

func TestLookup(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name string
		want string // ID of the first place, "" for none
	}{
		{"Baghdad", "geonames:98182"},
		{"BAGHDAD", "geonames:98182"},
		{"Diyala Governorate", "admin1:IQ.10"},
		{"diyala province", "admin1:IQ.10"},
		{"St. Augustine", "geonames:4170894"},
		{"Saint Augustine", "geonames:4170894"},
		{"Ba'qubah", "geonames:97990"},
		{"Baaqubah", "geonames:97990"}, // by its skeleton
		{"Khāliş", "geonames:99169"},
		{"Khalis", "geonames:99169"},
		{"Iraq", "country:IQ"},
		{"Ashraf City", "tally:camp-ashraf"},
		{"Howard County", "admin2:US.MD.027"}, // the larger of several, before context
		{"Ind.", ""},                          // a qualifier, not a name
		{"Narnia Province", ""},
		{"Sulu Province", "admin2:PH.14.60"}, // GeoNames: "Province of Sulu"
		{"Province of Sulu", "admin2:PH.14.60"},
		{"", ""},
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		got := ""
		if len(ps) > 0 {
			got = ps[0].ID
		}
		if got != tt.want {
			t.Errorf("Lookup(%q)[0] = %q; want %q", tt.name, got, tt.want)
		}
	}
	if n := len(g.Lookup("Brooklyn")); n < 5 {
		t.Errorf("Lookup(Brooklyn) = %d places; want the many Brooklyns", n)
	}
}

func TestDefaultData(t *testing.T) {
	g := gazetteer.Default()
	if g.Len() < 200000 {
		t.Errorf("Default has %d places; want the GeoNames cities500 set", g.Len())
	}
	indiana := mustID(t, g, "admin1:US.IN")
	for _, a := range []string{"IN", "Ind."} {
		if !contains(indiana.AltNames, a) {
			t.Errorf("Indiana's alternate names %v lack %q", indiana.AltNames, a)
		}
	}
	ashraf := mustID(t, g, "tally:camp-ashraf")
	if ashraf.Feature != "S.CMP" || ashraf.Country != "IQ" || ashraf.Lat < 33.5 || ashraf.Lat > 34 {
		t.Errorf("Camp Ashraf = %+v", ashraf)
	}
	iq := mustID(t, g, "country:IQ")
	if iq.Lat == 0 || iq.Feature != "A.PCLI" {
		t.Errorf("Iraq = %+v; want a point and A.PCLI", iq)
	}
	if p := mustID(t, g, "admin1:IQ.10"); p.Lat == 0 || !contains(p.AltNames, "Diyala Governorate") {
		t.Errorf("Diyala = %+v", p)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestLoadGeoNames(t *testing.T) {
	g := gazetteer.New()
	f, err := os.Open("testdata/geonames_tiny.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := g.LoadGeoNames(f); err != nil {
		t.Fatal(err)
	}
	codes, err := os.Open("testdata/admin1_tiny.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer codes.Close()
	if err := g.LoadAdmin1Codes(codes); err != nil {
		t.Fatal(err)
	}
	baq, ok := g.ByID("geonames:97990")
	if !ok {
		t.Fatal("Baqubah not loaded")
	}
	if baq.Admin1 != "Diyala" || baq.Country != "IQ" || baq.Feature != "P.PPLA" || baq.Population != 152550 {
		t.Errorf("Baqubah = %+v", baq)
	}
	// The ADM1 record of the dump became the division "admin1:IQ.10".
	diyala, ok := g.ByID("admin1:IQ.10")
	if !ok || diyala.Lat == 0 {
		t.Fatalf("Diyala = %+v, %v", diyala, ok)
	}
	if !g.Contains(diyala, baq) {
		t.Error("Diyala does not contain Baqubah")
	}
	if ps := g.Lookup("Baquba"); len(ps) == 0 || ps[0].ID != "geonames:97990" {
		t.Errorf("Lookup(Baquba) = %v", ps)
	}
	text := "A car bomb exploded in Baquba, north-east of Baghdad."
	refs := g.Resolve(text, g.Find(text), gazetteer.Options{})
	if len(refs) != 2 || refs[0].Place.ID != "geonames:97990" || refs[1].Precision != tally.GeoNear {
		t.Errorf("Resolve = %+v", refs)
	}
	// Salah ad Din's admin1 name comes from the codes file loaded after.
	tikrit, _ := g.ByID("geonames:99072")
	if tikrit.Admin1 != "Salah ad Din" {
		t.Errorf("Tikrit's admin1 = %q; want it named by LoadAdmin1Codes", tikrit.Admin1)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		load           func(*gazetteer.Gazetteer, string) error
	}{
		{"tsv columns", "# header\ntally:x\tX\n", "TSV line 2", loadTSV},
		{"tsv latitude", "tally:x\tX\t\tninety\t44\n", "TSV line 1: latitude", loadTSV},
		{"tsv country", "tally:x\tX\t\t33\t44\tP.PPL\tIRQ\n", "TSV line 1: country", loadTSV},
		{"tsv feature", "\n\ntally:x\tX\t\t33\t44\tcamp\tIQ\n", "TSV line 3: feature", loadTSV},
		{"geonames columns", "1\tX\tX\n", "GeoNames line 1", loadGeoNames},
		{"geonames id", strings.Repeat("x\t", 18) + "x\n", "geonameid", loadGeoNames},
		{"admin1 code", "IQ10\tDiyala\tDiyala\t1\n", "admin1 codes line 1", loadAdmin1},
	}
	for _, tt := range tests {
		err := tt.load(gazetteer.New(), tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v; want %q", tt.name, err, tt.want)
		}
	}
}

func loadTSV(g *gazetteer.Gazetteer, s string) error { return g.LoadTSV(strings.NewReader(s)) }
func loadGeoNames(g *gazetteer.Gazetteer, s string) error {
	return g.LoadGeoNames(strings.NewReader(s))
}
func loadAdmin1(g *gazetteer.Gazetteer, s string) error {
	return g.LoadAdmin1Codes(strings.NewReader(s))
}

func TestLoadTSVExtends(t *testing.T) {
	g, err := gazetteer.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	tsv := gazetteer.TSVHeader + "\n" +
		"tally:test-village\tQaryat Test\tTest Village\t33.9\t44.9\tP.PPL\tIQ\tDiyala\t\t\n" +
		"admin1:IQ.10\tDiyala\tDiyala Wilayat\t0\t0\tA.ADM1\tIQ\t\t\t\n"
	if err := g.LoadTSV(strings.NewReader(tsv)); err != nil {
		t.Fatal(err)
	}
	text := "Gunmen attacked Qaryat Test in Diyala Wilayat."
	refs := g.Resolve(text, g.Find(text), gazetteer.Options{})
	if len(refs) != 2 || refs[0].Place.ID != "tally:test-village" || refs[1].Place.ID != "admin1:IQ.10" {
		t.Fatalf("Resolve = %+v", refs)
	}
	if !g.Contains(refs[1].Place, refs[0].Place) {
		t.Error("Diyala does not contain the added village")
	}
	// The merge kept Diyala's point and added the new name.
	if d := refs[1].Place; d.Lat == 0 || !contains(d.AltNames, "Diyala Wilayat") {
		t.Errorf("Diyala after merge = %+v", d)
	}
}

func TestAdd(t *testing.T) {
	g := gazetteer.New()
	g.Add(tally.Place{Name: "Camp Test", AltNames: []string{"Test Camp"}, Country: "IQ", Lat: 33, Lon: 44, Feature: "S.CMP"})
	ps := g.Lookup("test camp")
	if len(ps) != 1 || ps[0].ID != "tally:camp-test-iq" {
		t.Fatalf("Lookup = %+v", ps)
	}
	if _, ok := g.ByID("tally:camp-test-iq"); !ok {
		t.Error("ByID after Add: not found")
	}
}

// insideRune reports whether byte offset p splits a validly encoded rune
// of text (invalid bytes are runes of one byte).
func insideRune(text string, p int) bool {
	for k := 1; k <= 3 && p-k >= 0; k++ {
		if r, n := utf8.DecodeRuneInString(text[p-k:]); n > k && r != utf8.RuneError {
			return true
		}
	}
	return false
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"KOKOMO, Ind. — A man was shot in Kokomo.",
		"Iraq’s Diyala Province, near Ba'qubah and al-Khalis",
		"St. Augustine, Fla., N.Y., W.Va., U.S.",
		"Camp Asharf in Iraq's", "'s", "’s", "a\u0301", "\xff\xfeBaghdad", "Ashraf   camp", "Deir ez-Zor,",
		"the Afghan capital", "South Sudan’s capital", "capital of", "’s capital",
	} {
		f.Add(s)
	}
	g := gazetteer.Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := g.Find(text)
		for _, m := range ms {
			s := m.Span
			if !s.Valid(len(text)) || s.Len() == 0 {
				t.Fatalf("span %v outside text of %d bytes", s, len(text))
			}
			if insideRune(text, s.Start) || insideRune(text, s.End) {
				t.Fatalf("span %v not on a UTF-8 boundary of %q", s, text)
			}
			if m.Name != text[s.Start:s.End] {
				t.Fatalf("Name %q != text[span] %q", m.Name, text[s.Start:s.End])
			}
			if len(m.Candidates) == 0 {
				t.Fatalf("match %q without candidates", m.Name)
			}
		}
		for _, r := range g.Resolve(text, ms, gazetteer.Options{}) {
			if !r.Span.Valid(len(text)) || r.Precision < tally.GeoExact || r.Precision > tally.GeoCountry {
				t.Fatalf("bad ref %+v", r)
			}
		}
		for _, r := range g.Capitals(text) {
			if !r.Span.Valid(len(text)) || r.Span.Len() == 0 || r.Place.Feature != "P.PPLC" && r.Place.ID == "" {
				t.Fatalf("bad capital %+v in %q", r, text)
			}
		}
	})
}

func TestCapitals(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text, words, capital string // capital "" for none
	}{
		{"A bomb went off in the Afghan capital on Monday.", "Afghan capital", "Kabul"},
		{"Gunmen roamed Haiti's capital at night.", "Haiti's capital", "Port-au-Prince"},
		{"Fighting reached South Sudan’s capital.", "South Sudan’s capital", "Juba"},
		{"Troops entered the capital of Somalia.", "capital of Somalia", "Mogadishu"},
		{"They campaigned against capital punishment in Kenya.", "", ""},
		{"Capitalism and capitals are not places.", "", ""},
		{"The capital was calm.", "", ""},
	}
	for _, tt := range tests {
		refs := g.Capitals(tt.text)
		switch {
		case tt.capital == "" && len(refs) > 0:
			t.Errorf("%q: found %+v; want none", tt.text, refs)
		case tt.capital != "" && (len(refs) != 1 || refs[0].Place.Name != tt.capital || refs[0].Span.Of(tt.text) != tt.words):
			t.Errorf("%q: %+v; want %s from %q", tt.text, refs, tt.capital, tt.words)
		}
	}
}

// TestConcurrentReads runs Find, Resolve and Lookup from several
// goroutines on the shared gazetteer, the first fuzzy lookups included
// (run with -race).
func TestConcurrentReads(t *testing.T) {
	g := gazetteer.Default()
	texts := []string{
		"Iraqi troops entered Camp Asharf near Baaqubah on Sunday.",
		"KOKOMO, Ind. — Police in Kokomo said a man was shot.",
		"Shelling hit Idlib province and Aleppo, Syria.",
	}
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(w int) {
			defer func() { done <- true }()
			for k := 0; k < 20; k++ {
				text := texts[(w+k)%len(texts)]
				g.Resolve(text, g.Find(text), gazetteer.Options{})
				g.Lookup("Baaqubah")
			}
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}

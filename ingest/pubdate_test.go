package ingest_test

import (
	"testing"

	"tally"
	"tally/ingest"
)

func TestPublished(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string
		basis tally.Basis
	}{
		{"header ISO", "TITLE: T\nPUBLISHED: 2015-07-05\n\nBody text about an attack on a village, officials said.", "2015-07-05", tally.BasisStated},
		{"header timestamp", "PUBLISHED: 2015-07-05T22:10:00Z\n\nBody text about an attack on a village, officials said.", "2015-07-05", tally.BasisStated},
		{"header words", "PUBLISHED: July 5, 2015\n\nBody text about an attack on a village, officials said.", "2015-07-05", tally.BasisStated},
		{"published line", "Published: 8/19/2013\n\nA headline here\n\nGunmen attacked a village on Monday, killing four people, officials said.", "2013-08-19", tally.BasisStated},
		{"dateline with year", "Storm hits coast\n\nMANILA, Nov. 8, 2013 – A typhoon struck the coast on Friday, killing hundreds of people, officials said.", "2013-11-08", tally.BasisDateline},
		{"dateline weekday decides year", "Raid on camp\n\nCAIRO, Mar. 15 – Police on Tuesday raided a camp, killing two people. An earlier raid took place in 2015.", "2016-03-15", tally.BasisDateline},
		{"relative under a dated headline", "The June 2nd Attack\n\nSoldiers today opened fire on a march through the old town, killing three people. Marchers had also gathered in 2019.", "2019-06-02", tally.BasisRelative},
		{"date line under a byline", "Valley Monitor\n\nMilitia fighters storm hill village\n\nBy Jana Novak\n\nJune 3, 2020\n\nArmed men stormed a hill village early Monday, killing nine residents, a leader said.", "2020-06-03", tally.BasisStated},
		{"dateline with the agency", "Storm hits coast\n\nMANILA, Nov. 8 (Example Wire) - A typhoon struck the coast on Friday, killing hundreds of people. A weaker storm hit in 2012.", "2013-11-08", tally.BasisDateline},
		{"place and date on one line", "Militia fighters storm hill village\n\nLagos, Nigeria | 4 June 2020\n\nArmed men stormed a hill village early Wednesday, killing nine residents, a leader said.", "2020-06-04", tally.BasisStated},
		{"a sentence with a bar is no date line", "Militia fighters storm hill village\n\nArmed men stormed the village | 4 June 2020\n\nArmed men stormed a hill village early Wednesday, killing nine residents, a leader said.", "", tally.BasisUnknown},
		{"body date is not publication", "Market attack\n\nGunmen attacked the market on 14 March 2016, killing five people, witnesses said.", "", tally.BasisUnknown},
		{"no date at all", "Market attack\n\nGunmen attacked the market early Sunday, killing five people, witnesses said.", "", tally.BasisUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ingest.Parse([]byte(tt.in), ingest.Source{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Published.String() != tt.want || doc.PublishedBasis != tt.basis {
				t.Errorf("published %q (%s); want %q (%s)", doc.Published, doc.PublishedBasis, tt.want, tt.basis)
			}
		})
	}
}

// TestSeedPublished checks the publication dates the seeds allow without
// linking: the undated two stay unknown until an incident dates them.
func TestSeedPublished(t *testing.T) {
	docs := readSeeds(t)
	want := map[string][2]string{
		"000": {"", "unknown"},
		"001": {"2013-09-01", "relative"},
		"002": {"2011-04-08", "dateline"},
		"003": {"2020-08-31", "stated"},
		"004": {"", "unknown"},
	}
	for name, doc := range docs {
		w := want[name[:3]]
		if doc.Published.String() != w[0] || string(doc.PublishedBasis) != w[1] {
			t.Errorf("%s: published %q (%s); want %q (%s)", name[:3], doc.Published, doc.PublishedBasis, w[0], w[1])
		}
	}
}

func TestTitleDropsSiteName(t *testing.T) {
	tests := []struct{ in, url, want string }{
		{"Three dead in Harbor Town shooting - KXYZ News 4 Harbor Town, Oregon", "https://kxyz.example.com/a", "Three dead in Harbor Town shooting"},
		{"Four hurt at bar | The Valley Times", "", "Four hurt at bar"},
		{"Man held after shooting - example.com", "", "Man held after shooting"},
		{"Iraq - Forces raid camp", "", "Iraq - Forces raid camp"},
		{"Gunmen strike again - and again", "", "Gunmen strike again - and again"},
	}
	for _, tt := range tests {
		raw := "URL: " + tt.url + "\nTITLE: " + tt.in + "\nPUBLISHED: 2016-01-01\n\nGunmen attacked a village on Monday, killing four people, officials said.\n"
		doc, err := ingest.Parse([]byte(raw), ingest.Source{Name: "x"})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != tt.want {
			t.Errorf("title of %q = %q; want %q", tt.in, doc.Title, tt.want)
		}
	}
}

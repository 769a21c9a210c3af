package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"tally"
	"tally/country"
)

//go:generate ./gen.sh

// The embedded data: see data/ATTRIBUTION.md for its sources and licences,
// and gen.sh for how it is made.
var (
	//go:embed data/places.tsv.gz
	placesGz []byte
	//go:embed data/capitals.tsv
	capitalsTSV string
	//go:embed data/tally-places.tsv
	tallyPlacesTSV string
)

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the built-in gazetteer: every GeoNames place of 500 or
// more people (cities500), the first- and second-order divisions named in
// it, the countries of package country, and tally's own entries
// (data/tally-places.tsv). It is built once and shared; do not Add to it —
// use NewDefault for a copy of your own to extend.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := NewDefault()
		if err != nil {
			panic(err) // the embedded data is tested; this cannot happen in a released build
		}
		defaultGaz = g
		// Build the transliteration index on the other core while the
		// caller gets on; the first lookup that needs it waits for it.
		go g.skelOnce.Do(g.buildSkeletons)
	})
	return defaultGaz
}

// NewDefault builds a fresh gazetteer holding the built-in data, for
// callers who want to extend it with Add or the Load methods.
func NewDefault() (*Gazetteer, error) {
	// The word lists load on the side; the data does not need them.
	words := make(chan *wordLists, 1)
	go func() { words <- loadWordLists() }()
	g := newGazetteer(nil)
	g.grow(240000)
	g.bulk = &bulkIndex{names: make([]pendingKey, 0, 460000), ids: make([]pendingKey, 0, 240000)}
	if err := g.loadChunks(placesGz); err != nil {
		return nil, fmt.Errorf("gazetteer: embedded places: %w", err)
	}
	g.finishBulk()
	g.words = <-words
	if err := g.addCountries(); err != nil {
		return nil, err
	}
	if err := g.loadTSV(tallyPlacesTSV); err != nil {
		return nil, fmt.Errorf("gazetteer: data/tally-places.tsv: %w", err)
	}
	g.addUSAbbreviations()
	return g, nil
}

func (g *Gazetteer) grow(n int) {
	g.entries = make([]entry, 0, n)
	g.names.posts = make([]posting, 0, 9*n/4)
}

// loadChunks parses gzip-compressed TSV while it is being decompressed:
// one goroutine inflates whole-line chunks, this one parses them, so the
// two costs overlap on two cores.
func (g *Gazetteer) loadChunks(gz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	chunks := make(chan string, 4)
	errc := make(chan error, 1)
	go func() {
		defer close(chunks)
		carry := ""
		for {
			// A Builder's String does not copy: the parsed strings point
			// into the chunk, which stays alive as long as they do.
			var b strings.Builder
			b.Grow(len(carry) + 1<<20)
			b.WriteString(carry)
			_, err := io.CopyN(&b, zr, 1<<20)
			s := b.String()
			if err == io.EOF {
				if s != "" {
					chunks <- s
				}
				errc <- nil
				return
			}
			if err != nil {
				errc <- err
				return
			}
			cut := strings.LastIndexByte(s, '\n') + 1
			carry = s[cut:]
			chunks <- s[:cut]
		}
	}()
	lineNo := 0
	var perr error
	for c := range chunks {
		if perr == nil {
			perr = g.loadTSVChunk(c, &lineNo)
		}
	}
	if err := <-errc; err != nil {
		return err
	}
	return perr
}

// addCountries adds each country of package country as an A.PCLI place
// "country:CC", at its capital's point (data/capitals.tsv).
func (g *Gazetteer) addCountries() error {
	caps := map[string][2]float64{}
	for lineNo, line := range strings.Split(capitalsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Errorf("gazetteer: data/capitals.tsv line %d: want country, lat, lon", lineNo+1)
		}
		lat, err1 := strconv.ParseFloat(f[1], 64)
		lon, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("gazetteer: data/capitals.tsv line %d: bad coordinates", lineNo+1)
		}
		caps[f[0]] = [2]float64{lat, lon}
		if len(f) >= 5 && f[4] != "" {
			if g.capitals == nil {
				g.capitals = map[string]string{}
			}
			g.capitals[f[0]] = "geonames:" + f[4]
		}
	}
	for _, c := range country.All() {
		pt := caps[c.Code]
		g.Add(countryPlace(c, pt[0], pt[1]))
	}
	return nil
}

func countryPlace(c country.Country, lat, lon float64) tally.Place {
	return tally.Place{ID: "country:" + c.Code, Name: c.Name, AltNames: c.Names, Country: c.Code, Lat: lat, Lon: lon, Feature: "A.PCLI"}
}

// addUSAbbreviations gives US states their postal and AP abbreviations as
// alternate names. They are not indexed as names ("Ind", "La", "Me" would
// match too much); Find reads them only after a comma, as a qualifier.
func (g *Gazetteer) addUSAbbreviations() {
	for _, s := range usStates {
		i, ok := g.lookupID("admin1:US." + s.code)
		if !ok {
			continue
		}
		e := &g.entries[i]
		var add []string
		for _, ab := range append([]string{s.code}, strings.Split(s.ap, "|")...) {
			if Key(ab) != Key(e.name) {
				add = append(add, ab)
			}
		}
		e.alts = join(e.alts, strings.Join(add, "|"))
	}
}

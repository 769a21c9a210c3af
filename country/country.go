// Package country knows the world's countries by ISO 3166-1 alpha-2 code,
// name, other names and demonyms ("Iraqi" is Iraq), so that places and
// actors can be tied to a country.
package country

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// Country is one country.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2
	Name     string   // short English name
	Names    []string // other names and abbreviations
	Demonyms []string // adjectives and demonyms: "Iraqi", "Iraqis"
}

//go:embed countries.tsv
var table string

var (
	once   sync.Once
	all    []Country
	byCode map[string]*Country
	byName map[string]*Country // folded name, other name or demonym
	byNoun map[string]*Country // folded name or other name only
)

func load() {
	byCode = map[string]*Country{}
	byName = map[string]*Country{}
	byNoun = map[string]*Country{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		all = append(all, Country{Code: f[0], Name: f[1], Names: split(f[2]), Demonyms: split(f[3])})
	}
	for i := range all {
		c := &all[i]
		byCode[c.Code] = c
		for _, n := range append([]string{c.Name}, c.Names...) {
			if _, dup := byNoun[Fold(n)]; !dup {
				byNoun[Fold(n)] = c
			}
		}
	}
	// Names win over demonyms; the first country to claim a word keeps it
	// ("Congolese" stays with the DRC).
	for k, c := range byNoun {
		byName[k] = c
	}
	for i := range all {
		c := &all[i]
		for _, n := range c.Demonyms {
			if _, dup := byName[Fold(n)]; !dup {
				byName[Fold(n)] = c
			}
		}
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Fold returns the key names are compared by: lower case, with periods
// removed and runs of other punctuation and space made one space.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// All returns every country, in the table's order.
func All() []Country {
	once.Do(load)
	return all
}

// ByCode returns the country with an ISO alpha-2 code.
func ByCode(code string) (Country, bool) {
	once.Do(load)
	c, ok := byCode[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// Lookup finds a country by its name, another name or a demonym
// ("Iraq", "Iraqi", "U.S.", "Britain").
func Lookup(name string) (Country, bool) {
	once.Do(load)
	c, ok := byName[Fold(name)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// LookupName finds a country by its name or another name only, not by a
// demonym: "Georgia" the country, never "Georgian".
func LookupName(name string) (Country, bool) {
	once.Do(load)
	c, ok := byNoun[Fold(name)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// IsDemonym reports whether word is a demonym or adjective of a country, and which.
func IsDemonym(word string) (Country, bool) {
	once.Do(load)
	k := Fold(word)
	if _, noun := byNoun[k]; noun {
		return Country{}, false
	}
	c, ok := byName[k]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// Package names holds the naming rules shared by the gazetteer's loader and
// its data generator, so that a GeoNames dump loaded at run time gets the
// same alternate names as the embedded data.
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// divisionSuffixes are the words a first-order division's name may carry.
// A report writes the name with or without them ("Diyala", "Diyala
// Province", "Diyala Governorate").
var divisionSuffixes = []string{"Province", "Governorate", "State", "Region", "Oblast", "Department",
	"Prefecture", "Division", "Municipality", "Territory", "Emirate", "Muhafazat", "Vilayeti", "Wilayah"}

// Base strips a division word from a first-order division's name:
// "Rivers State" → "Rivers", "Province of Siena" → "Siena".
func Base(name string) string {
	for _, s := range divisionSuffixes {
		if strings.HasSuffix(name, " "+s) {
			return strings.TrimSuffix(name, " "+s)
		}
		if p := s + " of "; strings.HasPrefix(name, p) {
			return strings.TrimPrefix(name, p)
		}
	}
	return name
}

// Admin1Alts returns the other names a first-order division of country cc
// is written with. US states get only "<Name> State" ("Washington State"):
// nobody writes "Indiana Province".
func Admin1Alts(cc, name string) []string {
	base := Base(name)
	cands := []string{base, base + " Province", base + " Governorate", base + " State", base + " Region"}
	if cc == "US" {
		cands = []string{base + " State"}
	}
	if a := ASCII(base); a != base {
		cands = append(cands, a, a+" Province", a+" Governorate")
	}
	return Dedupe(name, cands)
}

// Admin2Alts returns the other names of a second-order division: its
// ASCII spelling, and "<Base> District" for districts named after their
// seat. "Howard County" is never shortened to "Howard", which is more
// often a person.
func Admin2Alts(name string) []string {
	base := name
	for _, s := range []string{"County", "District", "Parish", "Borough", "Municipality", "Census Area", "City and Borough"} {
		base = strings.TrimSuffix(base, " "+s)
	}
	base = strings.TrimPrefix(base, "Qaḑā’ ")
	var cands []string
	// "Province of Sulu", "Province du Kénédougou": reports write "Sulu
	// province" or plain "Sulu".
	if p := ProvincePrefix(name); p != "" {
		b := strings.TrimPrefix(name, p)
		cands = append(cands, b, b+" Province")
		if a := ASCII(b); a != b {
			cands = append(cands, a, a+" Province")
		}
	}
	if base != name && !strings.HasSuffix(name, " County") && !strings.HasSuffix(name, " Parish") {
		cands = append(cands, base+" District")
	}
	if a := ASCII(name); a != name {
		cands = append(cands, a)
	}
	return Dedupe(name, cands)
}

// ProvincePrefix returns the "Province of " (or French "Province du ")
// opening a division's official name, or "".
func ProvincePrefix(name string) string {
	for _, p := range []string{"Province of the ", "Province of ", "Province de la ", "Province du ", "Province des ", "Province de l’", "Province de l'", "Province de "} {
		if strings.HasPrefix(name, p) && len(name) > len(p)+2 {
			return p
		}
	}
	return ""
}

// AltNames filters a GeoNames comma-separated alternatenames field to the
// names an English-language report might use: Latin letters only, no
// codes, numbers or machine romanisations, one per folded spelling.
func AltNames(name, field string) []string {
	if field == "" {
		return nil
	}
	var cands []string
	for _, a := range strings.Split(field, ",") {
		a = strings.TrimSpace(a)
		if a == "" || len(a) > 40 || !latin(a) {
			continue
		}
		if len(a) <= 4 && strings.ToUpper(a) == a {
			continue // IATA, ICAO and postal codes
		}
		if strings.ToLower(a) == a {
			continue // romanisations of other scripts ("kwkwmw") that no report writes
		}
		cands = append(cands, a)
	}
	return Dedupe(name, cands)
}

// Dedupe drops candidates that fold to the same key as name or as an
// earlier candidate, and any that would break the TSV format.
func Dedupe(name string, cands []string) []string {
	seen := map[string]bool{fold(name): true}
	var out []string
	for _, c := range cands {
		k := fold(c)
		if k == "" || seen[k] || strings.ContainsAny(c, "|\t\n") {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

func latin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ' || r == 'ʻ' || r == '`':
		default:
			return false
		}
	}
	return letters >= 2
}

var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// ASCII removes diacritics: "Khāliş" → "Khalis".
func ASCII(s string) string {
	t, _, err := transform.String(stripMarks, s)
	if err != nil {
		return s
	}
	return t
}

// fold is a coarse comparison key: letters and digits only, lower case,
// without diacritics.
func fold(s string) string {
	var b strings.Builder
	for _, r := range ASCII(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

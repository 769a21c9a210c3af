package gen

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold lower-cases s and strips accents, so "Khāliş" compares as "khalis".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// writtenAdmin1 is how reports name a first-order division: without the
// "State" or "Governorate" the gazetteer may carry.
func writtenAdmin1(s string) string {
	for _, suf := range []string{" State", " Governorate", " Province", " Region"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

package gazetteer

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"tally/gazetteer/internal/names"
)

// TSVHeader is the header line of the gazetteer's TSV format, the format
// of data/tally-places.tsv and of LoadTSV. Columns, tab-separated:
//
//	id          "tally:camp-ashraf"; empty for tally:<slug of name>
//	name        the main name
//	alt_names   other names, separated by "|"
//	lat, lon    decimal degrees (WGS84)
//	feature     GeoNames class.code: P.PPL, A.ADM1, A.ADM2, S.CMP …
//	country     ISO 3166-1 alpha-2
//	admin1      first-order division's name ("Diyala"), as in the gazetteer
//	admin2      second-order division's name ("Howard County")
//	population  optional
//
// Lines that are empty or start with "#" are skipped. A row whose id is
// already known adds to that place (see Add).
const TSVHeader = "# id\tname\talt_names\tlat\tlon\tfeature\tcountry\tadmin1\tadmin2\tpopulation"

// LoadTSV adds the places of a file in the TSV format described at
// TSVHeader. Errors name the line.
func (g *Gazetteer) LoadTSV(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("gazetteer: reading TSV: %w", err)
	}
	return g.loadTSV(string(b))
}

// loadTSV parses s in place: the stored strings are slices of s.
func (g *Gazetteer) loadTSV(s string) error {
	n := 0
	return g.loadTSVChunk(s, &n)
}

// loadTSVChunk parses whole lines of s, counting lines on from *lineNo.
func (g *Gazetteer) loadTSVChunk(s string, lineNo *int) error {
	var f [10]string
	for len(s) > 0 {
		*lineNo++
		lineNo := *lineNo
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		n := 0
		for n < len(f) {
			field, more, ok := strings.Cut(line, "\t")
			f[n] = trim(field)
			n++
			line = more
			if !ok {
				break
			}
		}
		if n < 5 {
			return fmt.Errorf("gazetteer: TSV line %d: %d columns, want at least 5 (id, name, alt_names, lat, lon)", lineNo, n)
		}
		for k := n; k < len(f); k++ {
			f[k] = ""
		}
		e := entry{id: f[0], name: f[1], feature: f[5], cc: strings.ToUpper(f[6]), admin1: f[7], admin2: f[8]}
		if e.name == "" {
			return fmt.Errorf("gazetteer: TSV line %d: empty name", lineNo)
		}
		var err error
		if e.lat, err = parseCoord(f[3]); err != nil || e.lat < -90 || e.lat > 90 {
			return fmt.Errorf("gazetteer: TSV line %d: latitude %q is not a number in [-90, 90]", lineNo, f[3])
		}
		if e.lon, err = parseCoord(f[4]); err != nil || e.lon < -180 || e.lon > 180 {
			return fmt.Errorf("gazetteer: TSV line %d: longitude %q is not a number in [-180, 180]", lineNo, f[4])
		}
		if f[9] != "" {
			if e.pop, err = strconv.Atoi(f[9]); err != nil || e.pop < 0 {
				return fmt.Errorf("gazetteer: TSV line %d: population %q is not a whole number", lineNo, f[9])
			}
		}
		if len(e.cc) != 0 && len(e.cc) != 2 {
			return fmt.Errorf("gazetteer: TSV line %d: country %q is not an ISO 3166-1 alpha-2 code", lineNo, f[6])
		}
		if e.feature != "" && (len(e.feature) < 3 || e.feature[1] != '.') {
			return fmt.Errorf("gazetteer: TSV line %d: feature %q is not class.code, e.g. P.PPL", lineNo, e.feature)
		}
		if e.feature == "" {
			e.feature = "P.PPL"
		}
		e.alts = f[2]
		if e.feature == "A.ADM2" && names.ProvincePrefix(e.name) != "" && !strings.Contains(e.alts, " Province") {
			// Data generated before Admin2Alts knew "Province of X".
			e.alts = strings.Join(append(strings.FieldsFunc(e.alts, func(r rune) bool { return r == '|' }), names.Admin2Alts(e.name)...), "|")
		}
		if strings.HasPrefix(e.admin1, "@") {
			if err := g.adminRef(&e); err != nil {
				return fmt.Errorf("gazetteer: TSV line %d: %v", lineNo, err)
			}
		}
		if e.id == "" {
			e.id = "tally:" + slug(e.name)
		}
		_, known := g.lookupID(e.id)
		i := g.add(e)
		if isAdmin1(e.feature) && e.lat == 0 && e.lon == 0 && !known {
			g.centroids[i] = &centroid{}
		}
	}
	return nil
}

// LoadGeoNames adds the records of a GeoNames dump: allCountries.txt, a
// country file such as IQ.txt, or cities500.txt, with the 19 tab-separated
// columns of the GeoNames export. It keeps divisions, areas, populated
// places and spots (feature classes A, L, P, S), and of the alternate
// names those in Latin script. Records keep their GeoNames ID
// ("geonames:98182"), except first- and second-order divisions and
// independent countries, which merge into the "admin1:IQ.10",
// "admin2:US.IN.067" and "country:IQ" places so that the built-in data and
// a dump do not hold the same division twice. Admin codes become names
// through divisions already loaded (the built-in data has all admin1 and
// most admin2 codes); load admin1CodesASCII.txt with LoadAdmin1Codes for
// the rest, before or after the dump.
func (g *Gazetteer) LoadGeoNames(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("gazetteer: reading GeoNames dump: %w", err)
	}
	s := string(b)
	var f [19]string
	for lineNo := 1; len(s) > 0; lineNo++ {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		n := 0
		for n < len(f) {
			field, more, ok := strings.Cut(line, "\t")
			f[n] = field
			n++
			line = more
			if !ok {
				break
			}
		}
		if n < 15 {
			return fmt.Errorf("gazetteer: GeoNames line %d: %d columns, want 19", lineNo, n)
		}
		if _, err := strconv.Atoi(f[0]); err != nil {
			return fmt.Errorf("gazetteer: GeoNames line %d: geonameid %q is not a number", lineNo, f[0])
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("gazetteer: GeoNames line %d: bad coordinates %q, %q", lineNo, f[4], f[5])
		}
		pop, _ := strconv.Atoi(f[14])
		name := f[1]
		if name == "" {
			name = f[2]
		}
		if name == "" {
			return fmt.Errorf("gazetteer: GeoNames line %d: no name", lineNo)
		}
		class, code, cc := f[6], f[7], strings.ToUpper(f[8])
		if !placeClasses[class] {
			continue // streams, hills, roads, undersea features: not where reports place events
		}
		a1code, a2code := f[10], f[11]
		alts := names.AltNames(name, join(f[2], f[3]))
		e := entry{id: "geonames:" + f[0], name: name, feature: class + "." + code, cc: cc, lat: lat, lon: lon, pop: pop}
		if class == "" {
			e.feature = ""
		}
		switch {
		case class == "A" && code == "ADM1" && cc != "":
			e.id = "admin1:" + cc + "." + a1code
			alts = append(alts, names.Admin1Alts(cc, name)...)
		case class == "A" && code == "ADM2" && cc != "":
			e.id = "admin2:" + cc + "." + a1code + "." + a2code
			alts = append(alts, names.Admin2Alts(name)...)
			e.admin1 = g.admin1Name(cc, a1code)
		case class == "A" && code == "PCLI" && cc != "":
			e.id = "country:" + cc
			e.pop = 0 // the prior of a country does not come from its population
		default:
			e.admin1 = g.admin1Name(cc, a1code)
			if e.admin1 != "" && a2code != "" {
				if j, ok := g.lookupID("admin2:" + cc + "." + a1code + "." + a2code); ok {
					e.admin2 = g.entries[j].name
				}
			}
		}
		if len(alts) > 0 {
			e.alts = strings.Join(names.Dedupe(name, alts), "|")
		}
		i := g.add(e)
		if e.admin1 == "" && a1code != "" && a1code != "00" && !strings.HasPrefix(e.id, "admin1:") {
			k := adminCode{cc: cc, a1: a1code}
			g.pendingA1[k] = append(g.pendingA1[k], i)
		}
		if j, ok := g.codes[adminCode{cc: cc, a1: a1code}]; ok {
			if c := g.centroids[j]; c != nil {
				c.lat += lat
				c.lon += lon
				c.n++
			}
		}
	}
	return nil
}

// placeClasses are the GeoNames feature classes LoadGeoNames keeps:
// divisions (A), areas (L), populated places (P) and spots such as camps,
// bases and airports (S). Hydrographic (H), terrain (T), road (R),
// undersea (U) and vegetation (V) features would fill Find with hills and
// wadis that share names with towns.
var placeClasses = map[string]bool{"A": true, "L": true, "P": true, "S": true, "": true}

func (g *Gazetteer) admin1Name(cc, code string) string {
	if code == "" {
		return ""
	}
	if i, ok := g.codes[adminCode{cc: cc, a1: code}]; ok {
		return g.entries[i].name
	}
	return ""
}

// adminRef turns the "@code" admin columns of the generated data into
// names, through the division rows above them.
func (g *Gazetteer) adminRef(e *entry) error {
	a1 := e.admin1[1:]
	i, ok := g.codes[adminCode{cc: e.cc, a1: a1}]
	if !ok {
		return fmt.Errorf("admin1 %q: no row admin1:%s.%s above", e.admin1, e.cc, a1)
	}
	e.admin1, e.up1 = g.entries[i].name, i+1
	if a2, ok := strings.CutPrefix(e.admin2, "@"); ok {
		j, ok := g.codes[adminCode{e.cc, a1, a2}]
		if !ok {
			return fmt.Errorf("admin2 %q: no row admin2:%s.%s.%s above", e.admin2, e.cc, a1, a2)
		}
		e.admin2, e.up2 = g.entries[j].name, j+1
	}
	return nil
}

// trim is strings.TrimSpace, quick for the usual field with no spaces.
func trim(s string) string {
	if s == "" || (s[0] > ' ' && s[len(s)-1] > ' ') {
		return s
	}
	return strings.TrimSpace(s)
}

// parseCoord parses a decimal coordinate. Fixed-point numbers such as
// "-86.1336" are read exactly without strconv's general machinery, which
// was a tenth of the load time.
func parseCoord(s string) (float64, error) {
	neg := false
	t := s
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	var m uint64
	digits, frac, dot := 0, 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(m) / pow10[frac]
	if neg {
		f = -f
	}
	return f, nil
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// LoadAdmin1Codes adds the first-order divisions of GeoNames'
// admin1CodesASCII.txt ("IQ.10<TAB>Diyala<TAB>Diyala<TAB>98229") as
// A.ADM1 places "admin1:IQ.10", and names the admin1 of places loaded by
// LoadGeoNames before it. A division has no point until places inside it
// are loaded: it is then their centroid.
func (g *Gazetteer) LoadAdmin1Codes(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("gazetteer: reading admin1 codes: %w", err)
	}
	s := string(b)
	for lineNo := 1; len(s) > 0; lineNo++ {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return fmt.Errorf("gazetteer: admin1 codes line %d: %d columns, want 4 (code, name, ascii name, geonameid)", lineNo, len(f))
		}
		code := strings.TrimSpace(f[0])
		cc, _, ok := strings.Cut(code, ".")
		if !ok || len(cc) != 2 {
			return fmt.Errorf("gazetteer: admin1 codes line %d: code %q is not CC.code", lineNo, code)
		}
		name := strings.TrimSpace(f[1])
		if name == "" {
			return fmt.Errorf("gazetteer: admin1 codes line %d: no name", lineNo)
		}
		alts := names.Admin1Alts(cc, name)
		if len(f) > 2 && f[2] != "" {
			alts = append(alts, strings.TrimSpace(f[2]))
		}
		id := "admin1:" + code
		_, known := g.lookupID(id)
		pending := g.pendingA1[adminCode{cc: cc, a1: code[len(cc)+1:]}] // linkAdmin names and forgets them
		i := g.add(entry{id: id, name: name, alts: strings.Join(names.Dedupe(name, alts), "|"), feature: "A.ADM1", cc: cc})
		if !known {
			// Places loaded before their division was known lie in it.
			c := &centroid{}
			for _, j := range pending {
				c.lat += g.entries[j].lat
				c.lon += g.entries[j].lon
				c.n++
			}
			g.centroids[i] = c
		}
	}
	return nil
}

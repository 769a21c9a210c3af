package gen

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"tally"
	"tally/country"
	"tally/gazetteer"
)

// town is a real place the generator writes about. Names are facts; the
// gazetteer supplies the record, so extraction can resolve what is written.
type town struct {
	name   string // as written in reports
	cc     string // ISO country code
	admin1 string // the first-order division the gazetteer should give
	abbr   string // US states: the AP abbreviation used in datelines
}

// region groups towns that share a country and so a cast of sources,
// perpetrators and kinds of event.
type region struct {
	cc    string
	towns []town
}

// usStates maps a US state to its AP style abbreviation, for datelines
// ("KOKOMO, Ind. —").
var usStates = map[string]string{
	"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
	"Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
	"Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
	"Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
	"Nebraska": "Neb.", "Nevada": "Nev.", "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.",
	"North Carolina": "N.C.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.", "South Carolina": "S.C.",
	"Tennessee": "Tenn.", "Texas": "Texas", "Virginia": "Va.", "Washington": "Wash.", "Wisconsin": "Wis.",
	"Ohio": "Ohio", "Iowa": "Iowa", "Utah": "Utah",
}

// townTable lists the towns by country as "name/admin1" pairs; the admin1
// is the gazetteer's own spelling, used to pick the right namesake.
var townTable = map[string]string{
	"US": `Kokomo/Indiana; Muncie/Indiana; Gary/Indiana; Evansville/Indiana; Terre Haute/Indiana;
		Peoria/Illinois; Rockford/Illinois; Joliet/Illinois; Champaign/Illinois; Decatur/Illinois;
		Flint/Michigan; Saginaw/Michigan; Kalamazoo/Michigan; Lansing/Michigan; Pontiac/Michigan;
		Akron/Ohio; Dayton/Ohio; Toledo/Ohio; Youngstown/Ohio; Canton/Ohio;
		Chattanooga/Tennessee; Knoxville/Tennessee; Clarksville/Tennessee; Murfreesboro/Tennessee;
		Shreveport/Louisiana; Lafayette/Louisiana; Baton Rouge/Louisiana; Monroe/Louisiana;
		Jackson/Mississippi; Gulfport/Mississippi; Hattiesburg/Mississippi;
		Montgomery/Alabama; Tuscaloosa/Alabama; Dothan/Alabama;
		Macon/Georgia; Savannah/Georgia; Albany/Georgia; Valdosta/Georgia;
		Fayetteville/North Carolina; Greensboro/North Carolina; Durham/North Carolina; Wilmington/North Carolina;
		Spartanburg/South Carolina; Columbia/South Carolina;
		Tulsa/Oklahoma; Lawton/Oklahoma; Wichita/Kansas; Topeka/Kansas;
		Waco/Texas; Lubbock/Texas; Amarillo/Texas; Odessa/Texas; Beaumont/Texas; Killeen/Texas;
		Stockton/California; Modesto/California; Bakersfield/California; Fresno/California; Salinas/California;
		Pueblo/Colorado; Albuquerque/New Mexico; Reno/Nevada; Tucson/Arizona; Yuma/Arizona;
		Omaha/Nebraska; Davenport/Iowa; Waterloo/Iowa; Springfield/Missouri; Joplin/Missouri;
		Milwaukee/Wisconsin; Racine/Wisconsin; Kenosha/Wisconsin; Duluth/Minnesota;
		Allentown/Pennsylvania; Reading/Pennsylvania; Erie/Pennsylvania; Scranton/Pennsylvania;
		Camden/New Jersey; Paterson/New Jersey; Trenton/New Jersey; Newark/New Jersey;
		Syracuse/New York; Rochester/New York; Buffalo/New York; Utica/New York;
		Hartford/Connecticut; Bridgeport/Connecticut; Worcester/Massachusetts; Brockton/Massachusetts;
		Roanoke/Virginia; Lynchburg/Virginia; Tacoma/Washington; Spokane/Washington; Salem/Oregon;
		Louisville/Kentucky; Lexington/Kentucky; Wilmington/Delaware; Baltimore/Maryland; Ogden/Utah`,
	"IQ": `Baqubah/Diyala; Muqdadiyah/Diyala; Khanaqin/Diyala; Balad Ruz/Diyala; Mosul/Nineveh; Tal Afar/Nineveh;
		Kirkuk/Kirkuk; Tikrit/Salah; Samarra/Salah; Baiji/Salah; Ramadi/Anbar; Fallujah/Anbar;
		Hit/Anbar; Hillah/Babil; Karbala/Karbala; Najaf/Najaf; Basra/Basra; Kut/Wasit; Amarah/Maysan; Nasiriyah/Dhi`,
	"SY": `Aleppo/Aleppo; Idlib/Idlib; Homs/Homs; Hama/Hama; Raqqa/Raqqa; Daraa/Daraa; Manbij/Aleppo; Azaz/Aleppo;
		Al-Bab/Aleppo; Jisr ash-Shughur/Idlib; Qamishli/Hasakah; Palmyra/Homs`,
	"AF": `Kandahar/Kandahar; Jalalabad/Nangarhar; Kunduz/Kunduz; Ghazni/Ghazni; Herat/Herat; Khost/Khowst;
		Gardez/Paktia; Pul-e Khumri/Baghlan; Mazar-i-Sharif/Balkh; Taloqan/Takhar; Faizabad/Badakhshan`,
	"NG": `Maiduguri/Borno; Bama/Borno; Konduga/Borno; Damaturu/Yobe; Potiskum/Yobe; Yola/Adamawa; Mubi/Adamawa;
		Jos/Plateau; Kaduna/Kaduna; Zaria/Kaduna; Gusau/Zamfara; Sokoto/Sokoto; Katsina/Katsina; Makurdi/Benue`,
	"PK": `Peshawar/Khyber; Bannu/Khyber; Kohat/Khyber; Mardan/Khyber;
		Quetta/Balochistan; Turbat/Balochistan; Gwadar/Balochistan; Dera Ismail Khan/Khyber`,
	"SO": `Mogadishu/Banaadir; Baidoa/Bay; Kismayo/Juba; Beledweyne/Hiiraan; Afgooye/Shabeelle; Galkayo/Mudug`,
	"YE": `Taiz/Ta; Aden/Aden; Marib/Ma; Hodeidah/Hudaydah; Dhamar/Dhamar; Mukalla/Hadram`,
	"ML": `Gao/Gao; Mopti/Mopti; Kidal/Kidal; Segou/Segou; Menaka/Menaka; Bandiagara/Mopti`,
	"MX": `Culiacan/Sinaloa; Tijuana/Baja California; Acapulco/Guerrero; Chilpancingo/Guerrero; Celaya/Guanajuato;
		Irapuato/Guanajuato; Uruapan/Michoacan; Zamora/Michoacan; Reynosa/Tamaulipas; Ciudad Obregon/Sonora`,
	"CD": `Beni/Kivu; Butembo/Kivu; Goma/Kivu; Bunia/Ituri; Uvira/Kivu`,
	"BF": `Djibo/Sahel; Dori/Sahel; Kaya/Centre-Nord; Ouahigouya/Nord; Fada N'gourma/Est`,
	"CM": `Maroua/Far North; Kousseri/Far North; Bamenda/North-West; Buea/South-West`,
	"PH": `Marawi/Mindanao; Cotabato/Mindanao; Zamboanga/Zamboanga; Jolo/Mindanao`,
	"CO": `Cucuta/Norte de Santander; Tumaco/Narino; Buenaventura/Valle; Popayan/Cauca`,
}

// Place is a town the generator writes about, with its gazetteer record.
type Place struct {
	Written string      // the name as reports write it
	Record  tally.Place // the gazetteer's record
	Country string      // the country's English name
	Abbr    string      // the state's AP abbreviation (US only)
	Admin1  string      // the first-order division as reports write it
}

// placesTSV is townTable resolved through the built-in gazetteer, kept
// here so that generating needs no gazetteer (half a second and 350 MB to
// load). TestPlacesTable checks that it still matches the gazetteer;
// "go test ./gen -run PlacesTable -update" rewrites it.
//
//go:embed places.tsv
var placesTSV string

var (
	placesOnce sync.Once
	placesAll  []Place
	placesErr  error
)

// Places returns the generator's towns with their gazetteer records, in
// a fixed order.
func Places() ([]Place, error) {
	placesOnce.Do(func() { placesAll, placesErr = decodePlaces(placesTSV) })
	return placesAll, placesErr
}

const placesHeader = "# The generator's towns as tally's gazetteer resolves them: made by go test ./gen -run PlacesTable -update. Do not edit.\n" +
	"# The records are GeoNames data (https://www.geonames.org), CC BY 4.0, as gazetteer/data/ATTRIBUTION.md credits.\n" +
	"# written\tid\tname\talt_names\tadmin1\tadmin2\tcountry\tlat\tlon\tfeature\tpopulation\n"

// encodePlaces writes places in the format of places.tsv.
func encodePlaces(ps []Place) string {
	var b strings.Builder
	b.WriteString(placesHeader)
	for _, p := range ps {
		r := p.Record
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", p.Written, r.ID, r.Name, strings.Join(r.AltNames, "|"),
			r.Admin1, r.Admin2, r.Country, strconv.FormatFloat(r.Lat, 'f', -1, 64), strconv.FormatFloat(r.Lon, 'f', -1, 64), r.Feature, r.Population)
	}
	return b.String()
}

// decodePlaces reads what encodePlaces writes.
func decodePlaces(s string) ([]Place, error) {
	var out []Place
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 11 {
			return nil, fmt.Errorf("gen: places.tsv: %d fields in %q", len(f), line)
		}
		lat, err1 := strconv.ParseFloat(f[7], 64)
		lon, err2 := strconv.ParseFloat(f[8], 64)
		pop, err3 := strconv.Atoi(f[10])
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("gen: places.tsv: bad number in %q", line)
		}
		r := tally.Place{ID: f[1], Name: f[2], Admin1: f[4], Admin2: f[5], Country: f[6], Lat: lat, Lon: lon, Feature: f[9], Population: pop}
		if f[3] != "" {
			r.AltNames = strings.Split(f[3], "|")
		}
		out = append(out, placeOf(f[0], r))
	}
	return out, nil
}

// placeOf completes a town from its record.
func placeOf(written string, rec tally.Place) Place {
	p := Place{Written: written, Record: rec, Admin1: writtenAdmin1(rec.Admin1)}
	if c, ok := country.ByCode(rec.Country); ok {
		p.Country = c.Name
	}
	if rec.Country == "US" {
		p.Abbr = usStates[rec.Admin1]
	}
	return p
}

// resolvePlaces looks every town up and keeps the gazetteer's best record
// in the expected country whose division matches the hint. A town that
// does not resolve is an error: it would make the ground truth wrong.
func resolvePlaces(g *gazetteer.Gazetteer) ([]Place, error) {
	var out []Place
	for _, cc := range sortedKeys(townTable) {
		if _, ok := country.ByCode(cc); !ok {
			return nil, fmt.Errorf("gen: unknown country %s", cc)
		}
		for _, entry := range strings.Split(townTable[cc], ";") {
			name, hint, _ := strings.Cut(strings.TrimSpace(entry), "/")
			rec, ok := pick(g.Lookup(name), cc, hint)
			if !ok {
				return nil, fmt.Errorf("gen: the gazetteer has no %s in %s (%s)", name, cc, hint)
			}
			out = append(out, placeOf(name, rec))
		}
	}
	return out, nil
}

// pick chooses among a name's records the first (the gazetteer ranks them)
// that lies in the country and whose division contains the hint.
func pick(cands []tally.Place, cc, hint string) (tally.Place, bool) {
	hint = fold(hint)
	for _, p := range cands {
		if p.Country == cc && strings.HasPrefix(p.Feature, "P.") && strings.Contains(fold(p.Admin1), hint) {
			return p, true
		}
	}
	return tally.Place{}, false
}

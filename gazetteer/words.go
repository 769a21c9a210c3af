package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"tally/country"
)

// Word lists that tell a place name from the other capitalised words of
// news text. The big ones are generated (see gen.sh); the small ones are
// written here and say why each group is there.

//go:embed data/common-words.txt.gz
var commonWordsGz []byte

//go:embed data/first-names.txt.gz
var firstNamesGz []byte

type wordLists struct {
	common map[string]bool // frequent English words, folded
	first  map[string]bool // given names, folded
	// classes holds, for the key hash of every word of any list here,
	// the lists it is in, so that the scanner looks each word up once.
	classes htab
	// demonyms maps the key hash of a demonym ("Iraqi") to its country.
	demonyms map[uint64]string
}

// class is a set of word lists, one bit each.
type class uint32

const (
	cCommon class = 1 << iota
	cFirst
	cType
	cGov
	cOrg
	cConnector
	cArticle
	cLocative
	cStrongLocative
	cModifier
	cTitle
	cStop
	cSpeech
	cStreet
	cPersonNoun
	cTitleFunction
	cDemonym
)

func buildClasses(w *wordLists) htab {
	t := newHtab(len(w.common) + len(w.first) + 1000)
	add := func(set map[string]bool, c class) {
		for k := range set {
			h := hashString(fnvOffset, k)
			t.set(h, t.get(h)|uint32(c))
		}
	}
	add(w.common, cCommon)
	add(w.first, cFirst)
	add(typeWords, cType)
	add(govWords, cGov)
	add(orgHeads, cOrg)
	add(connectors, cConnector)
	add(articles, cArticle)
	add(locatives, cLocative)
	add(strongLocatives, cStrongLocative)
	add(modifiers, cModifier)
	add(titles, cTitle)
	add(stopWords, cStop)
	add(speechVerbs, cSpeech)
	add(streetWords, cStreet)
	add(personNouns, cPersonNoun)
	add(titleFunction, cTitleFunction)
	w.demonyms = map[uint64]string{}
	for _, c := range country.All() {
		for _, d := range c.Demonyms {
			if _, noun := country.LookupName(d); !noun {
				h := hashString(fnvOffset, Key(d))
				t.set(h, t.get(h)|uint32(cDemonym))
				if cc, ok := country.IsDemonym(d); ok {
					w.demonyms[h] = cc.Code // the first country to claim a word keeps it
				}
			}
		}
	}
	return t
}

var (
	wordsOnce sync.Once
	words     *wordLists
)

func loadWordLists() *wordLists {
	wordsOnce.Do(func() {
		words = &wordLists{common: readWordList(commonWordsGz), first: readWordList(firstNamesGz)}
		for _, w := range notCommon {
			delete(words.common, w)
		}
		words.classes = buildClasses(words)
	})
	return words
}

func readWordList(gz []byte) map[string]bool {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("gazetteer: embedded word list: " + err.Error())
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("gazetteer: embedded word list: " + err.Error())
	}
	m := make(map[string]bool, bytes.Count(b, []byte{'\n'}))
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		m[Key(line)] = true
	}
	return m
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Key(w)] = true
	}
	return m
}

// notCommon are words in SCOWL's frequent lists that are, in news, mostly
// places: they keep the footing of any other place name.
var notCommon = []string{"china", "turkey", "chad", "jordan", "georgia", "guinea", "niger", "mali", "iran", "iraq",
	"syria", "india", "japan", "israel", "egypt", "cuba", "texas", "utah", "ohio", "iowa", "maine", "chicago", "paris",
	"london", "houston", "dallas", "boston", "miami", "moscow", "berlin", "rome", "baghdad"}

// stopWords are never a place on their own, however a report capitalises
// them: days, months, holidays, compass points, titles, and the generic
// words of place and organisation names ("County", "Police").
var stopWords = set(
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Halloween", "Passover", "Hanukkah", "Lent", "Ashura", "Nowruz",
	"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest",
	"Southeast", "Southwest", "Midwest", "Downtown", "Uptown", "Midtown", "Upper", "Lower", "Greater", "Middle",
	"Police", "Sheriff", "Army", "Navy", "Forces", "Force", "Government", "Ministry", "Council", "Court", "Congress",
	"Senate", "Parliament", "Department", "Office", "Agency", "Bureau", "Commission", "Committee", "Party", "Front",
	"City", "County", "State", "States", "Province", "District", "Region", "Village", "Town", "Camp", "Street", "Avenue",
	"Road", "Highway", "Interstate", "Route", "Bridge", "River", "Lake", "Mountain", "Valley", "Island", "Park", "Beach",
	"Center", "Centre", "Hospital", "School", "University", "College", "Church", "Mosque", "Airport", "Station",
	"God", "Allah", "Lord", "Jesus", "Christ", "Prophet", "Islam", "Islamic", "Muslim", "Christian", "Catholic", "Jewish",
	"Sunni", "Shia", "Shiite", "Kurdish", "Arab", "Arabic", "English", "Spanish", "French", "Persian",
	"Internet", "Facebook", "Twitter", "YouTube", "Google", "Instagram", "WhatsApp", "Reuters", "AP", "AFP", "CNN", "BBC",
	"Mr", "Mrs", "Ms", "Dr", "Sgt", "Lt", "Capt", "Cpl", "Gen", "Col", "Maj", "Rev", "Sen", "Rep", "Gov", "Det", "Ofc",
	"Jr", "Sr", "II", "III", "IV", "Inc", "Co", "Corp", "Ltd", "No", "Am", "Pm", "Ave", "Blvd", "Rd", "Hwy",
	"Republic", "Federal", "National", "International", "United", "Union", "Democratic", "People", "Peoples",
	"Breaking", "Update", "Updated", "Video", "Photo", "Photos", "News", "Today", "Tonight", "Yesterday",
	"Black", "White", "Hispanic", "Latino", "African", "American", "Americans",
)

// titles before a capitalised word make it a person: "Sheriff Brown",
// "Mr. Washington", "President Obama".
var titles = set(
	"Mr", "Mrs", "Ms", "Miss", "Dr", "Sgt", "Lt", "Capt", "Cpl", "Pvt", "Gen", "Col", "Maj", "Adm", "Cmdr", "Rev",
	"Sen", "Rep", "Gov", "Det", "Ofc", "Officer", "Deputy", "Detective", "Trooper", "Sheriff", "Chief", "Judge",
	"Justice", "President", "Vice", "Prime", "Minister", "Senator", "Governor", "Mayor", "King", "Queen", "Prince",
	"Princess", "Sheikh", "Sheik", "Shaikh", "Imam", "Ayatollah", "Mullah", "Father", "Brother", "Sister", "Pastor",
	"Bishop", "Pope", "Coach", "Prof", "Professor", "Attorney", "Agent", "Patrolman", "Sergeant", "Lieutenant",
	"Captain", "Corporal", "Private", "General", "Colonel", "Major", "Commander", "Spokesman", "Spokeswoman",
	"Councilman", "Councilwoman", "Alderman", "Commissioner", "Superintendent", "Supt", "Inspector", "Constable",
	"Marshal", "Ranger", "Lord", "Lady", "Sir", "Dame", "Uncle", "Aunt", "Mother", "Baby", "Dear",
	"Dad", "Mom", "Mama", "Papa", "Grandma", "Grandpa", "Abu", "Umm", "Mullah", "Emir", "Sultan", "Hajji", "Haji",
)

// modifiers may stand before a place inside a capitalised run without
// making it something else: "North Baghdad", "Downtown Kokomo".
var modifiers = set(
	"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest",
	"Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Downtown", "Greater",
	"Upper", "Lower", "Rural", "Suburban", "Metro", "Metropolitan", "Old", "Inner", "Outer", "Mid", "Northernmost",
	"Sunni", "Shiite", "Kurdish",
)

// typeWords after a name say what kind of place it is: "Kokomo city",
// "Diyala province", "Ashraf camp". Lower-case forms may continue a name.
var typeWords = set(
	"province", "governorate", "county", "district", "city", "state", "region", "village", "town", "township",
	"municipality", "parish", "borough", "prefecture", "oblast", "camp", "area", "neighborhood", "neighbourhood",
	"suburb", "subdistrict", "department", "emirate", "territory", "valley", "countryside", "outskirts",
)

// govWords after a place name make an institution of that place, which
// still places the story there: "Kokomo Police", "Howard County Sheriff".
var govWords = set(
	"Police", "PD", "Sheriff", "Sheriff's", "Sheriffs", "Fire", "Mayor", "Coroner", "Prosecutor", "Prosecutor's",
	"Emergency", "Authorities", "Officials", "Official", "Governor", "Council", "Commissioners", "Metro",
	"Municipal", "Municipality", "Province", "Governorate", "Provincial", "Operations", "Security", "Residents",
	"Residents'", "Camp", "City", "County", "Town", "Village", "District", "Township", "Region", "Area",
)

// orgHeads end organisation, building and street names: a place inside
// "Howard Regional Hospital", "Cook County Jail" or "Clinton Drive" is not
// where something happened.
var orgHeads = set(
	"Hospital", "Clinic", "Jail", "Prison", "Penitentiary", "Correctional", "Detention", "School", "Schools",
	"Academy", "University", "College", "Institute", "Church", "Cathedral", "Chapel", "Temple", "Mosque", "Synagogue",
	"Cemetery", "Mall", "Plaza", "Hotel", "Motel", "Inn", "Restaurant", "Bar", "Cafe", "Club", "Bank", "Airport",
	"Stadium", "Arena", "Library", "Museum", "Theater", "Theatre", "Tribune", "Times", "Post", "Herald", "Journal",
	"Gazette", "News", "Press", "Star", "Courier", "Chronicle", "Daily", "Magazine", "Radio", "TV", "Television",
	"Company", "Corporation", "Inc", "LLC", "Ltd", "Group", "Foundation", "Association", "Society", "Network",
	"Team", "Giants", "Rangers", "Kings", "Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln",
	"Boulevard", "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Circle", "Parkway", "Pkwy", "Highway",
	"Hwy", "Trail", "Pike", "Alley", "Square", "Expressway", "Freeway", "Turnpike", "Block", "Apartments", "Apartment",
	"Homes", "Courts", "Towers", "Center", "Centre", "Building", "Tower", "Market", "Store", "Station",
	"Depot", "Garage", "Park", "Field", "Airbase", "Base", "Fort", "Project", "Projects", "High", "Elementary",
	"Middle", "Regional", "Memorial", "General", "Community", "Medical", "Senior", "Junior",
	"Declaration", "Agreement", "Accords", "Convention", "Treaty", "Protocol", "Conference", "Summit", "Process",
	"War", "Wars", "Massacre", "Attack", "Bombing", "Uprising", "Revolution", "Crisis", "Offensive", "Operation",
	"Liberation", "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Corps", "Command", "Guard", "Army",
	"Party", "Front", "Movement", "Council", "Ministry", "Committee", "Commission", "Assembly", "Parliament",
	"Baptist", "Catholic", "Methodist", "Lutheran", "Presbyterian", "Episcopal", "Orthodox", "Evangelical",
	"Pentecostal", "Parish", "Diocese", "Tabernacle", "Ministries",
)

// titleFunction are the small words a headline capitalises that may stand
// before a place: "Two Dead In Little Rock".
var titleFunction = set("in", "at", "on", "of", "the", "a", "an", "to", "from", "for", "near", "by", "with", "and",
	"or", "after", "before", "over", "outside", "into", "across", "says", "say", "said")

// speechVerbs after a name make it a speaker, not a location: "Washington
// said", "Jordan told reporters".
var speechVerbs = set(
	"said", "says", "told", "added", "noted", "wrote", "asked", "testified", "stated", "declined", "admitted",
	"explained", "insisted", "recalled", "tweeted", "posted", "pleaded", "denied", "confirmed", "claimed", "argued",
	"who", "whose",
)

// connectors are lower-case words inside place names: "Rio de Janeiro",
// "Deir ez-Zor", "Salah ad Din", "Bosnia and Herzegovina".
var connectors = set(
	"of", "de", "del", "della", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al",
	"ad", "ar", "as", "at", "an", "az", "ash", "ath", "ed", "en", "ez", "es", "et", "bin", "ibn", "bint", "abu",
	"umm", "bani", "beni", "y", "e", "i", "and", "van", "von", "der", "den", "ter", "sur", "upon", "on", "the",
	"am", "im", "an", "zu", "aan", "au", "aux", "en",
)

// locatives before a name make it a place: "in Kokomo", "near Baqubah".
var locatives = set(
	"in", "at", "near", "outside", "from", "to", "into", "across", "around", "toward", "towards", "through",
	"of", "inside", "within", "via", "between", "throughout", "nearby", "outskirts", "entering", "leaving",
	"reach", "reached", "visit", "visited", "villages", "town", "city", "province", "governorate", "county",
)

// nearWords before a name put an event near it rather than in it (UCDP
// geo precision 2).
var nearWords = []string{"near", "nearby", "outside", "outside of", "just outside", "on the outskirts of",
	"the outskirts of", "outskirts of", "north of", "south of", "east of", "west of", "northeast of", "northwest of",
	"southeast of", "southwest of", "north-east of", "north-west of", "south-east of", "south-west of",
	"close to", "not far from", "miles from", "kilometers from", "kilometres from", "km from", "km north of",
	"km south of", "km east of", "km west of", "miles north of", "miles south of", "miles east of", "miles west of",
	"the edge of", "on the road to", "on the way to", "on the road from", "away from", "just north of", "just south of",
	"just east of", "just west of", "en route to", "the vicinity of", "near the town of", "near the city of",
	"near the village of", "outside the town of", "outside the city of", "outside the village of"}

// usStates gives each US state its postal code and the AP style-book
// abbreviations reports write after a town ("Kokomo, Ind."). Full names
// come from the data; these are the context keys Find reads after a comma.
var usStates = []struct{ code, ap string }{
	{"AL", "Ala."}, {"AK", "Alaska"}, {"AZ", "Ariz."}, {"AR", "Ark."}, {"CA", "Calif.|Cal."}, {"CO", "Colo.|Col."},
	{"CT", "Conn."}, {"DE", "Del."}, {"DC", "D.C."}, {"FL", "Fla.|Flor."}, {"GA", "Ga."}, {"HI", "Hawaii"},
	{"ID", "Idaho|Ida."}, {"IL", "Ill."}, {"IN", "Ind."}, {"IA", "Iowa"}, {"KS", "Kan.|Kans."}, {"KY", "Ky."},
	{"LA", "La."}, {"ME", "Maine"}, {"MD", "Md."}, {"MA", "Mass."}, {"MI", "Mich."}, {"MN", "Minn."},
	{"MS", "Miss."}, {"MO", "Mo."}, {"MT", "Mont."}, {"NE", "Neb.|Nebr."}, {"NV", "Nev."}, {"NH", "N.H."},
	{"NJ", "N.J."}, {"NM", "N.M.|N.Mex."}, {"NY", "N.Y."}, {"NC", "N.C."}, {"ND", "N.D.|N.Dak."}, {"OH", "Ohio"},
	{"OK", "Okla."}, {"OR", "Ore.|Oreg."}, {"PA", "Pa.|Penn.|Penna."}, {"RI", "R.I."}, {"SC", "S.C."},
	{"SD", "S.D.|S.Dak."}, {"TN", "Tenn."}, {"TX", "Texas|Tex."}, {"UT", "Utah"}, {"VT", "Vt."}, {"VA", "Va."},
	{"WA", "Wash."}, {"WV", "W.Va.|W.V."}, {"WI", "Wis.|Wisc."}, {"WY", "Wyo."},
}

func apKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }

// stateAbbrevs holds every abbreviation of usStates as written.
var stateAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range usStates {
		m[s.code] = true
		for _, a := range strings.Split(s.ap, "|") {
			if strings.Contains(a, ".") {
				m[a] = true
			}
		}
	}
	return m
}()

// nameAbbrevs end in a period that does not end the sentence:
// "St. Augustine", "Mt. Pleasant", "Sgt. Brown".
var nameAbbrevs = set("St", "Ste", "Ft", "Mt", "Mr", "Mrs", "Ms", "Dr", "Sgt", "Lt", "Capt", "Gen", "Col", "Maj",
	"Rev", "Sen", "Rep", "Gov", "Det", "Supt", "Jr", "Sr", "Cpl", "Pvt", "Ofc", "Prof", "Adm", "Cmdr", "Insp")

// postalCodes maps US postal codes to state codes (the same), and
// apAbbrevs the folded AP abbreviations ("ind", "ny", "wva") to them.
var postalCodes, apAbbrevs = func() (map[string]string, map[string]string) {
	postal, ap := map[string]string{}, map[string]string{}
	for _, s := range usStates {
		postal[s.code] = s.code
		for _, a := range strings.Split(s.ap, "|") {
			if strings.Contains(a, ".") {
				ap[apKey(a)] = s.code
			}
		}
	}
	return postal, ap
}()

// strongLocatives are the prepositions that alone make a common word a
// place: "in Independence", "at Liberty", not "of Hope".
var strongLocatives = set("in", "at", "near", "outside", "inside", "into", "from", "toward", "towards", "across",
	"throughout", "around", "within")

// streetWords, lower case after names, make them streets: "Ridge and
// Stanton streets".
var streetWords = set("street", "streets", "avenue", "avenues", "road", "roads", "drive", "boulevard", "lane",
	"highway", "ave", "blvd", "rd", "way", "terrace", "circle", "parkway", "pkwy", "trail", "court", "place")

// personNouns after a possessive make its owner a person: "Powell's son".
var personNouns = set("son", "sons", "daughter", "daughters", "mother", "father", "mom", "dad", "brother",
	"brothers", "sister", "sisters", "wife", "husband", "girlfriend", "boyfriend", "family", "death", "killing",
	"murder", "body", "funeral", "attorney", "lawyer", "friend", "friends", "cousin", "uncle", "aunt", "grandmother",
	"grandfather", "children", "child", "baby", "fiancee", "fiance", "car", "home", "house", "apartment", "arrest",
	"life", "case", "trial", "sentencing", "parents", "relatives", "neighbor", "neighbors", "girlfriend's", "ex")

// articles join the parts of one name: "Bashar al-Assad", "Ibn Saud",
// "Vincent van Gogh". Unlike "and" or "of", a place does not end before one.
var articles = set("al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "bin", "ibn", "bint", "abu", "de", "del",
	"della", "di", "da", "du", "dos", "das", "van", "von", "der", "den", "ter", "la", "le")

// CommonWord reports whether w is a common English word (from the SCOWL
// list the finder uses), so callers can tell a capitalised ordinary word
// from a name.
func CommonWord(w string) bool { return loadWordLists().common[Key(w)] }

// FirstName reports whether w is a common given name.
func FirstName(w string) bool { return loadWordLists().first[Key(w)] }

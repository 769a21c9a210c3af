package gen

// The generator's vocabulary. Every phrase here was written for tally; none
// is taken from a report. Names of towns and countries are facts.

// outlet is a fictional news site.
type outlet struct {
	name, domain, slug string
	wire               bool // a wire service: its stories are reprinted
}

var outlets = []outlet{
	{"Valley Herald", "valleyherald.example", "valley-herald", false},
	{"The Morning Ledger", "morningledger.example", "morning-ledger", false},
	{"Continental Wire", "continentalwire.example", "continental-wire", true},
	{"Riverside Tribune", "riversidetribune.example", "riverside-tribune", false},
	{"Daily Courier", "dailycourier.example", "daily-courier", false},
	{"Frontier Press Agency", "frontierpress.example", "frontier-press", true},
	{"Sahel Monitor", "sahelmonitor.example", "sahel-monitor", false},
	{"Gulf Observer", "gulfobserver.example", "gulf-observer", false},
	{"Northern Star Gazette", "northernstar.example", "northern-star", false},
	{"Metro Beacon", "metrobeacon.example", "metro-beacon", false},
	{"The Civic Standard", "civicstandard.example", "civic-standard", false},
	{"Harbor Times", "harbortimes.example", "harbor-times", false},
	{"Plains Record", "plainsrecord.example", "plains-record", false},
	{"Capital Bulletin", "capitalbulletin.example", "capital-bulletin", false},
	{"Horizon Radio", "horizonradio.example", "horizon-radio", false},
	{"Crossroads Journal", "crossroadsjournal.example", "crossroads-journal", false},
	{"Lakeside Sentinel", "lakesidesentinel.example", "lakeside-sentinel", false},
	{"Summit Chronicle", "summitchronicle.example", "summit-chronicle", false},
	{"Global Dispatch Service", "globaldispatch.example", "global-dispatch", true},
	{"The Evening Lantern", "eveninglantern.example", "evening-lantern", false},
}

var firstNames = []string{"James", "Maria", "Daniel", "Aisha", "Omar", "Grace", "Samuel", "Fatima", "Peter", "Lucy",
	"Ahmed", "Joseph", "Hannah", "Ibrahim", "Ruth", "Carlos", "Elena", "Musa", "Rachel", "Hassan", "Tom", "Nadia",
	"Victor", "Amina", "Paul", "Sara", "Yusuf", "Laura", "Kareem", "Diana", "Felix", "Zainab", "Martin", "Alice"}

var lastNames = []string{"Carter", "Okafor", "Haddad", "Mendez", "Brennan", "Yusufzai", "Adeyemi", "Lindqvist",
	"Morales", "Farouk", "Whitaker", "Nwosu", "Kamara", "Delgado", "Rahimi", "Osei", "Fischer", "Abdi", "Castillo",
	"Mwangi", "Sullivan", "Hakimi", "Petrov", "Danso", "Ortega", "Qureshi", "Bello", "Harrington", "Salazar", "Tahir",
	"Greene", "Lopez", "Ward", "Obi", "Hale", "Rowe", "Baptiste", "Ansah", "Khalil", "Moreau"}

// kind is a kind of event with the words reports use for it.
type kind struct {
	event    string   // the tally event type extraction should give
	noun     []string // "a shooting": the event as a noun phrase, with article
	head     string   // a headline noun: "shooting"
	on       string   // joins a noun to a venue: "an attack on a village"; "" when venues carry their own preposition
	perp     []string // who did it, as a subject
	act      []string // what the perpetrator did, before a venue: "opened fire"
	when     []string // a subordinate clause: "when a gunman opened fire"
	venue    []string // where exactly: "outside a nightclub"
	victims  []string // plural nouns for the people counted
	kill     string   // an active verb, past tense, for headlines: "kill"
	abduct   bool     // the event takes people
	explodes bool     // a blast: people are "killed in the blast"
}

var usShooting = &kind{
	event: "shooting",
	noun:  []string{"a shooting", "a drive-by shooting", "a late-night shooting", "a shooting at a party", "a shooting outside a bar"},
	head:  "shooting",
	perp:  []string{"A gunman", "Two gunmen", "An unidentified shooter", "A man armed with a handgun", "Several people in a passing car"},
	act:   []string{"opened fire", "fired into a crowd", "started shooting", "fired several shots"},
	when: []string{"when a gunman opened fire", "when shots rang out", "after an argument turned violent",
		"when someone in a passing car fired into a crowd"},
	venue: []string{"outside a nightclub", "at a house party", "in a parking lot", "at a gas station", "on a residential street",
		"at an apartment complex", "near a city park", "outside a convenience store", "at a birthday gathering"},
	victims: []string{"people", "people", "people", "men", "young men", "partygoers", "bystanders"},
	kill:    "kill",
}

var bombing = &kind{
	event:    "bombing",
	noun:     []string{"a car bombing", "a bombing", "a roadside bombing", "a suicide bombing"},
	head:     "bombing",
	perp:     []string{"A suicide bomber", "Militants", "Insurgents", "Attackers"},
	act:      []string{"detonated explosives", "set off a bomb", "blew up a car packed with explosives"},
	when:     []string{"when a car bomb exploded", "when a roadside bomb went off", "when a suicide bomber blew himself up", "when explosives hidden in a cart detonated"},
	venue:    []string{"at a crowded market", "near a bus station", "outside a mosque", "at a checkpoint", "near a police station", "at a busy intersection"},
	victims:  []string{"people", "people", "civilians", "shoppers", "worshippers", "passengers", "police officers"},
	kill:     "kill",
	explodes: true,
}

var gunAttack = &kind{
	event:   "attack",
	noun:    []string{"an attack", "an assault", "a raid", "an ambush"},
	head:    "attack",
	on:      "on",
	perp:    []string{"Gunmen", "Armed men on motorcycles", "Suspected militants", "Insurgents", "Unidentified attackers"},
	act:     []string{"stormed", "attacked", "raided", "opened fire on"},
	when:    []string{"when gunmen stormed", "when armed men attacked", "when militants raided", "when attackers opened fire on"},
	venue:   []string{"a village", "a market", "a military post", "a wedding party", "a camp for displaced people", "a mosque", "a school"},
	victims: []string{"people", "villagers", "civilians", "soldiers", "farmers", "worshippers"},
	kill:    "kill",
}

var airstrike = &kind{
	event:    "airstrike",
	noun:     []string{"an airstrike", "a drone strike", "an air raid"},
	head:     "airstrike",
	on:       "on",
	perp:     []string{"Warplanes", "A drone", "Military aircraft"},
	act:      []string{"struck", "bombed", "hit"},
	when:     []string{"when warplanes struck", "when a drone hit", "when an airstrike hit"},
	venue:    []string{"a market", "a residential building", "a wedding", "a hospital", "a school", "a bakery"},
	victims:  []string{"people", "civilians", "children", "residents"},
	kill:     "kill",
	explodes: true,
}

var shelling = &kind{
	event:    "shelling",
	noun:     []string{"shelling", "an artillery barrage", "mortar fire", "rocket fire"},
	head:     "shelling",
	on:       "on",
	perp:     []string{"Government forces", "Rebel fighters", "Artillery units"},
	act:      []string{"shelled", "pounded", "fired rockets at"},
	when:     []string{"when shells hit", "when rockets slammed into", "when mortar rounds landed on"},
	venue:    []string{"a residential district", "a market", "a displacement camp", "a village", "the town centre"},
	victims:  []string{"people", "civilians", "residents", "children"},
	kill:     "kill",
	explodes: true,
}

var kidnapping = &kind{
	event:   "abduction",
	noun:    []string{"a kidnapping", "an abduction", "a raid"},
	head:    "kidnapping",
	on:      "in",
	perp:    []string{"Gunmen", "Armed men", "Suspected militants", "Bandits"},
	act:     []string{"raided", "stormed", "attacked"},
	when:    []string{"when gunmen raided", "when armed men stormed", "when bandits attacked"},
	venue:   []string{"a village", "a school", "a farm settlement", "a church compound", "a boarding school"},
	victims: []string{"people", "villagers", "students", "passengers", "farmers"},
	kill:    "kill",
	abduct:  true,
}

var cartel = &kind{
	event:   "attack",
	noun:    []string{"an attack", "a shooting", "an armed attack"},
	head:    "attack",
	on:      "on",
	perp:    []string{"Gunmen", "Armed men", "Suspected cartel gunmen", "A group of armed men"},
	act:     []string{"opened fire at", "burst into", "attacked"},
	when:    []string{"when gunmen opened fire at", "when armed men burst into", "when attackers opened fire on"},
	venue:   []string{"a bar", "a family gathering", "a car repair shop", "a rehabilitation centre", "a taco stand"},
	victims: []string{"people", "men", "people", "workers"},
	kill:    "kill",
}

// cast is who speaks about events in a country, by kind of source.
type cast struct {
	kinds    []*kind
	official []string // police, ministries
	observer []string // monitors, the UN
	party    []string // a side in the conflict
	witness  []string // residents
	where    func(p *Place) string
	filler   []string
}

var usCast = &cast{
	kinds:    []*kind{usShooting},
	official: []string{"police", "police", "the police department", "the county sheriff's office", "a police spokesman", "the county coroner", "police officials"},
	witness:  []string{"witnesses", "neighbors", "a witness"},
	filler: []string{
		"Police have not released the names of the victims.",
		"Investigators remained at the scene for several hours.",
		"No arrests had been made by late afternoon.",
		"Detectives are reviewing footage from nearby cameras.",
		"Officers blocked off several streets while they collected evidence.",
		"The mayor called the violence senseless and asked for calm.",
		"Relatives gathered outside the hospital waiting for news.",
		"Neighbors said they heard a burst of gunfire and then screaming.",
		"Police said the shooting did not appear to be random.",
		"A motive was not immediately known.",
		"The investigation is continuing.",
		"Residents said the block had been quiet until recently.",
		"A vigil is planned for the weekend.",
		"School officials said counselors would be available.",
		"Crime scene tape stretched across the sidewalk well into the morning.",
		"Several shell casings could be seen on the pavement near the entrance.",
		"The department asked people to avoid the area while officers worked.",
		"Community leaders planned to meet with the police chief later in the week.",
		"Neighbors described the victims as friendly and well known on the street.",
		"Detectives said they were still trying to establish what led to the confrontation.",
		"The owner of a nearby shop said he locked his doors when he heard the shots.",
		"City council members called for more street lighting and patrols.",
		"An ambulance crew treated people at the scene before taking them to the hospital.",
		"Police said they were looking for a dark sedan seen leaving the area.",
		"It was not clear whether the victims knew the person who fired.",
		"A church group offered meals to families affected by the violence.",
	},
}

var conflictCast = &cast{
	kinds:    []*kind{bombing, bombing, gunAttack, gunAttack, airstrike, shelling, kidnapping},
	official: []string{"police", "the interior ministry", "the health ministry", "a provincial official", "the provincial governor", "a security official", "hospital officials", "the army"},
	observer: []string{"the UN mission", "a local monitoring group", "a human rights group", "the Red Cross"},
	party:    []string{"the militants", "an insurgent spokesman", "the rebels", "a spokesman for the armed group"},
	witness:  []string{"residents", "witnesses", "a local elder", "survivors"},
	filler: []string{
		"No group immediately claimed responsibility.",
		"Security forces sealed off the area after the attack.",
		"The wounded were taken to hospitals in the area.",
		"Residents said they had feared such an attack for weeks.",
		"Officials promised an investigation.",
		"Funerals were held the following day.",
		"Roads into the town were closed for several hours.",
		"Local leaders condemned the violence.",
		"The government has struggled to secure the region.",
		"Aid groups said medical supplies were running short.",
		"Families searched the hospitals for missing relatives.",
		"Mobile phone networks were cut in the area for much of the day.",
		"Ambulances ferried the wounded through streets crowded with onlookers.",
		"Smoke could be seen rising over the district for hours afterwards.",
		"Shops in the area stayed shut the next morning.",
		"Medics said some of the wounded were in critical condition.",
		"The attack came days after officials said security in the area had improved.",
		"Residents described scenes of panic as people ran for cover.",
		"Local radio stations broadcast appeals for blood donors.",
		"The government declared three days of mourning.",
		"Some of the wounded were flown to hospitals in the capital.",
		"Rescue workers searched the rubble for survivors into the night.",
		"Elders in the town called on the authorities to protect civilians.",
		"A curfew was imposed in the town until further notice.",
		"The United Nations called for those responsible to be held to account.",
	},
}

var mexicoCast = &cast{
	kinds:    []*kind{cartel},
	official: []string{"the state prosecutor's office", "state police", "the state security ministry", "municipal police", "a local official"},
	witness:  []string{"witnesses", "neighbours", "residents"},
	filler: []string{
		"Authorities have not identified the victims.",
		"Forensic teams worked at the scene late into the night.",
		"The state has seen a rise in violence between rival gangs.",
		"Soldiers were sent to patrol the area.",
		"No arrests were reported.",
		"Relatives of the victims gathered outside the morgue.",
		"Investigators found dozens of bullet casings at the scene.",
		"The attackers fled in two pickup trucks, according to witnesses.",
		"Local businesses closed early as news of the attack spread.",
		"The governor promised that the crime would not go unpunished.",
		"Residents said armed groups had been fighting over the area for months.",
		"A military helicopter flew over the neighbourhood after the attack.",
		"Families waited for hours for news outside the hospital.",
	},
}

// castOf returns the cast of a country.
func castOf(cc string) *cast {
	switch cc {
	case "US":
		return usCast
	case "MX", "CO":
		return mexicoCast
	}
	return conflictCast
}

// boilerplate is web clutter: share buttons, prompts, banners. Reports
// carry some of it, as scraped pages do.
var boilerplate = []string{
	"Share this article",
	"Share on Facebook | Share on X | Email",
	"Leave a comment",
	"Comments are closed.",
	"Sign up for our morning newsletter",
	"Subscribe to breaking news alerts",
	"Advertisement",
	"Follow us on social media",
	"Click here to download our app",
	"Most read",
	"Skip to main content",
	"Report a correction",
	"Print this page",
	"Get the latest headlines in your inbox",
	"Log in to comment",
	"Related stories",
	"Watch the video",
	"Recommended for you",
}

// boilerplateDated are clutter lines that carry a year or a number, to
// test that such numbers are not taken as tolls or dates of the event.
var boilerplateDated = []string{
	"© %d %s. All rights reserved.",
	"Copyright %d %s",
	"%s — since %d",
}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

var streets = []string{"Main Street", "Oak Avenue", "Pine Street", "Elm Street", "Lincoln Avenue", "Washington Street",
	"Maple Drive", "Cedar Road", "Grant Avenue", "Jefferson Street", "Park Avenue", "Church Street"}

var countryNames = map[string]string{
	"IQ": "Iraq", "SY": "Syria", "AF": "Afghanistan", "NG": "Nigeria", "PK": "Pakistan", "SO": "Somalia",
	"YE": "Yemen", "ML": "Mali", "MX": "Mexico", "CD": "Congo", "BF": "Burkina Faso", "CM": "Cameroon",
	"PH": "the Philippines", "CO": "Colombia", "US": "the United States",
}

var demonyms = map[string]string{
	"IQ": "Iraqi", "SY": "Syrian", "AF": "Afghan", "NG": "Nigerian", "PK": "Pakistani", "SO": "Somali",
	"YE": "Yemeni", "ML": "Malian", "MX": "Mexican", "CD": "Congolese", "BF": "Burkinabe", "CM": "Cameroonian",
	"PH": "Philippine", "CO": "Colombian",
}

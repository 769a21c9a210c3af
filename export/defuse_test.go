package export

import "testing"

func TestCSVDefusesFormulas(t *testing.T) {
	row := defuse([]string{"=HYPERLINK(\"x\")", "+cmd", "-2+3", "@SUM(A1)", "plain", "", "12", "-83.5552"})
	want := []string{"'=HYPERLINK(\"x\")", "'+cmd", "'-2+3", "'@SUM(A1)", "plain", "", "12", "-83.5552"}
	for i := range want {
		if row[i] != want[i] {
			t.Errorf("cell %d = %q; want %q", i, row[i], want[i])
		}
	}
}

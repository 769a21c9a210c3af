package export

import "testing"

func TestCSVDefusesFormulas(t *testing.T) {
	row := defuse([]string{"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "plain", "", "12"})
	want := []string{"'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "plain", "", "12"}
	for i := range want {
		if row[i] != want[i] {
			t.Errorf("cell %d = %q; want %q", i, row[i], want[i])
		}
	}
}

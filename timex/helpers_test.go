package timex_test

import "tally"

func timexDate(y, m, d int) tally.Date { return tally.Day(y, m, d) }

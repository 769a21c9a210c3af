package storetest

import "tally/dedupe"

func bandsOf(sig []uint32) []uint64 { return dedupe.BandKeys(sig) }

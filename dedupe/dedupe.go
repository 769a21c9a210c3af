// Package dedupe finds near-duplicate reports, such as one wire story printed
// by several sites, with MinHash signatures of word shingles and
// locality-sensitive banding, so that finding candidates costs one index
// lookup per band rather than a comparison with every stored report.
package dedupe

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// Sizes of signatures and bands. With 8 bands of 4 rows, two reports whose
// shingles overlap by Jaccard 0.5 become candidates with probability about
// 0.4, and at 0.7 about 0.9; the threshold is then checked on the signature.
const (
	Hashes    = 32
	Bands     = 8
	rows      = Hashes / Bands
	shingleSz = 4
)

// Threshold is the estimated Jaccard similarity above which two reports are
// recorded as near-duplicates.
const Threshold = 0.5

// Signature returns the MinHash signature of text's word 4-shingles, or nil
// when the text is too short to compare (fewer than 8 words).
func Signature(text string) []uint32 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < 2*shingleSz {
		return nil
	}
	sig := make([]uint32, Hashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleSz <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleSz] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			// Independent hash functions from one 64-bit hash: multiply by
			// distinct odd constants and take the high bits.
			v := uint32((x*mult[k] + add[k]) >> 32)
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// BandKeys returns one key per band of a signature. Reports sharing any key
// are near-duplicate candidates.
func BandKeys(sig []uint32) []uint64 {
	if len(sig) != Hashes {
		return nil
	}
	keys := make([]uint64, Bands)
	for b := 0; b < Bands; b++ {
		h := fnv.New64a()
		h.Write([]byte{byte(b)})
		for _, v := range sig[b*rows : (b+1)*rows] {
			h.Write([]byte{byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24)})
		}
		// Keep keys positive so every store can hold them in a signed column.
		keys[b] = h.Sum64() >> 1
	}
	return keys
}

// Similarity estimates the Jaccard similarity of two signatures' shingle sets.
func Similarity(a, b []uint32) float64 {
	if len(a) != Hashes || len(b) != Hashes {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Hashes
}

var mult, add [Hashes]uint64

func init() {
	// A fixed splitmix64 sequence: signatures must not change between runs.
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 {
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return z ^ (z >> 31)
	}
	for i := range mult {
		mult[i] = next() | 1
		add[i] = next()
	}
}

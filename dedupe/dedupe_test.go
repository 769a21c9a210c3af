package dedupe_test

import (
	"strings"
	"testing"

	"tally/dedupe"
)

const story = `Gunmen opened fire on a market in the northern town on Tuesday morning, killing six people and wounding eleven others, the provincial governor said. Witnesses said the attackers arrived on motorcycles and fled toward the hills after the shooting. No group has claimed responsibility for the attack, which came a week after a similar raid on a nearby village.`

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"same", story, story, true},
		{"wire copy with a new tail", story, story + " The governor called for calm and promised an inquiry into the killings.", true},
		{"different story", story, `The city council voted on Monday to extend the opening hours of the public library during the summer months, citing strong demand from students and families who use the reading rooms.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := dedupe.Signature(tt.a), dedupe.Signature(tt.b)
			sim := dedupe.Similarity(sa, sb)
			if got := sim >= dedupe.Threshold; got != tt.near {
				t.Errorf("similarity %.2f, near=%v; want near=%v", sim, got, tt.near)
			}
			shared := false
			ka, kb := dedupe.BandKeys(sa), dedupe.BandKeys(sb)
			for i := range ka {
				if ka[i] == kb[i] {
					shared = true
				}
			}
			if tt.near && !shared {
				t.Errorf("near-duplicates share no band key")
			}
		})
	}
}

func TestShortTextHasNoSignature(t *testing.T) {
	if s := dedupe.Signature("Too short to compare."); s != nil {
		t.Errorf("Signature of a short text = %v; want nil", s)
	}
	if k := dedupe.BandKeys(nil); k != nil {
		t.Errorf("BandKeys(nil) = %v; want nil", k)
	}
}

func TestSignatureIsStable(t *testing.T) {
	a, b := dedupe.Signature(story), dedupe.Signature(strings.Clone(story))
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("signature differs between calls")
		}
	}
}

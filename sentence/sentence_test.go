package sentence_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"tally"
	"tally/sentence"
)

func split(text string) []string {
	var out []string
	for _, s := range sentence.Split(text, []tally.Span{{Start: 0, End: len(text)}}) {
		out = append(out, s.Of(text))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Gunmen attacked a bus. Six people died.", []string{"Gunmen attacked a bus.", "Six people died."}},
		{"glued sentences", "he was shot by his father.Officers said the gun was stolen.", []string{"he was shot by his father.", "Officers said the gun was stolen."}},
		{"glued after quote", `"We were scared," she said.“Nobody came.”`, []string{`"We were scared," she said.`, "“Nobody came.”"}},
		{"glued surname", "shot near his home.McCarthy said more.", []string{"shot near his home.", "McCarthy said more."}},
		{"domain is not glued", "Follow NBCNews.com on Twitter.", []string{"Follow NBCNews.com on Twitter."}},
		{"U.S. mid-sentence", "The U.S. Army said two soldiers died.", []string{"The U.S. Army said two soldiers died."}},
		{"U.S. at the end", "He flew back to the U.S. They stayed.", []string{"He flew back to the U.S.", "They stayed."}},
		{"initial", "US spokesman Mark C. Toner said the attack was wrong.", []string{"US spokesman Mark C. Toner said the attack was wrong."}},
		{"a.m. continues", "It began at 5 a.m. Sunday and lasted hours.", []string{"It began at 5 a.m. Sunday and lasted hours."}},
		{"a.m. continues lower", "It began at 5 a.m. and lasted hours.", []string{"It began at 5 a.m. and lasted hours."}},
		{"p.m. ends", "Police arrived after 9 p.m. Officers found two men.", []string{"Police arrived after 9 p.m.", "Officers found two men."}},
		{"month abbreviation", "London, Apr. 08 – Forces raided a camp. Many died.", []string{"London, Apr. 08 – Forces raided a camp.", "Many died."}},
		{"state abbreviation", "KOKOMO, Ind. Police say four were hurt.", []string{"KOKOMO, Ind. Police say four were hurt."}},
		{"titles", "Gen. Smith and Dr. Jones spoke. Sgt. Lee did not.", []string{"Gen. Smith and Dr. Jones spoke.", "Sgt. Lee did not."}},
		{"quote closes sentence", `"They fired at us." Witnesses fled.`, []string{`"They fired at us."`, "Witnesses fled."}},
		{"question and exclamation", "Who did it? Nobody knows! The end.", []string{"Who did it?", "Nobody knows!", "The end."}},
		{"ellipsis before lower", "He will go to assist... [the leader] in his quest.", []string{"He will go to assist... [the leader] in his quest."}},
		{"decimal", "Turnout was 4.5 percent. It rose.", []string{"Turnout was 4.5 percent.", "It rose."}},
		{"no final period", "Three dead in attack", []string{"Three dead in attack"}},
		{"number opens next", "The attack ended. 12 people were hurt.", []string{"The attack ended.", "12 people were hurt."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitKeepsLinesApart(t *testing.T) {
	text := "Headline without a stop\nThe story starts here. It goes on."
	lines := []tally.Span{{Start: 0, End: 23}, {Start: 24, End: len(text)}}
	got := sentence.Split(text, lines)
	if len(got) != 3 || got[0].Of(text) != "Headline without a stop" {
		t.Errorf("got %v", got)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Gunmen attacked. Six died.\nU.S. forces. “Yes.” a.m. Apr. 08")
	f.Add("..\xff.A")
	f.Fuzz(func(t *testing.T, text string) {
		got := sentence.Split(text, []tally.Span{{Start: 0, End: len(text)}})
		prev := 0
		for _, s := range got {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Of(text)) {
				t.Fatalf("span %v splits a rune", s)
			}
			prev = s.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Gunmen opened fire on a market in the town on Tuesday, killing six people, the U.S. embassy said. Witnesses said the attackers fled at 5 a.m. Sunday.\n", 200)
	lines := []tally.Span{{Start: 0, End: len(text)}}
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		sentence.Split(text, lines)
	}
}

package gazetteer

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
)

// Match is one place name found in a text.
type Match struct {
	Span       tally.Span    // byte offsets into the text given to Find
	Name       string        // as written: "Kokomo", "CULPEPER, Va.", "Diyala Province"
	Candidates []tally.Place // the places it may be, best first
}

// maxCandidates bounds a match's candidates: a name such as "San Antonio"
// has hundreds of places, and context can only choose among a few dozen.
const maxCandidates = 40

// Separators between two tokens, as tok.sep.
const (
	sepSpace    = ' ' // spaces or tabs only
	sepHyphen   = '-' // a hyphen: "Deir ez-Zor", "al-Khalis"
	sepDot      = '.' // an abbreviation's period: "St. Augustine", "N.Y."
	sepComma    = ',' // a comma and spaces: "Kokomo, Ind."
	sepPunct    = 'p' // other punctuation within a sentence
	sepSentence = 'S' // the end of a sentence, a line or a quote
)

// tok is one word of the text.
type tok struct {
	start, end int32 // the word, without a possessive 's
	k0, k1     int32 // its folded key in scanner.keys
	sep        byte  // what separates it from the previous word
	capital    bool  // begins with an upper-case letter
	upper      bool  // two or more letters, all upper case
	poss       bool  // followed by 's or ’s
	dot        bool  // followed at once by a period
	sentStart  bool  // first word of a sentence or line
	title      bool  // in a line written in title case (a headline)
	cls        class // the word lists it is in, once classed
	classed    bool
}

type scanner struct {
	g       *Gazetteer
	text    string
	toks    []tok
	keys    []byte
	scratch []byte
	// hitArena holds the hits of all raws, each a capped slice of it.
	hitArena []hit
}

// key returns the folded key of a word, folding it on first use: most
// lower-case words are never looked at.
func (s *scanner) key(t *tok) []byte {
	if t.k1 < 0 {
		t.k0 = int32(len(s.keys))
		s.keys = appendFoldWord(s.keys, s.text[t.start:t.end])
		t.k1 = int32(len(s.keys))
	}
	return s.keys[t.k0:t.k1]
}

// klen is the length of a word's key.
func (s *scanner) klen(t *tok) int { return len(s.key(t)) }

func (s *scanner) keyString(i int) string { return string(s.key(&s.toks[i])) }

// is reports whether word i is of a word class.
func (s *scanner) is(i int, c class) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	return s.class(i)&c != 0
}

// class looks word i up in the word lists, once: most words of a text
// are never asked about.
func (s *scanner) class(i int) class {
	t := &s.toks[i]
	if !t.classed {
		t.cls = class(s.g.words.classes.get(hashBytes(fnvOffset, s.key(t))))
		t.classed = true
	}
	return t.cls
}

// tokenize splits the text into words, folding each into keys.
func (s *scanner) tokenize() {
	text := s.text
	prevEnd := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				i++
				continue
			}
		} else if !isWordStart(text, i) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		end := wordAt(text, i)
		t := tok{start: int32(i), end: int32(end)}
		// A possessive: "Iraq's", "Iraq’s".
		if w := text[i:end]; len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
			if w[len(w)-2] == '\'' {
				t.end = int32(end - 2)
				t.poss = true
			} else if len(w) > 4 && w[len(w)-4:len(w)-1] == "’" {
				t.end = int32(end - 4)
				t.poss = true
			}
		}
		if c < utf8.RuneSelf {
			t.capital = c >= 'A' && c <= 'Z'
		} else {
			r, _ := utf8.DecodeRuneInString(text[i:])
			t.capital = unicode.IsUpper(r)
		}
		if t.capital {
			t.upper = isUpperWord(text[t.start:t.end])
		}
		t.dot = end < len(text) && text[end] == '.'
		t.k1 = -1 // folded when first needed, see key
		if t.capital {
			s.key(&t)
		}
		if len(s.toks) == 0 {
			t.sep, t.sentStart = sepSentence, true
		} else {
			t.sep = s.separator(prevEnd, i)
			t.sentStart = t.sep == sepSentence
		}
		s.toks = append(s.toks, t)
		prevEnd = end
		i = end
	}
	s.markTitleLines()
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// separator classifies the text between the previous word (ending at a)
// and the next (starting at b).
func (s *scanner) separator(a, b int) byte {
	between := s.text[a:b]
	prev := &s.toks[len(s.toks)-1]
	if between == " " {
		return sepSpace
	}
	spaces, dots, commas, hyphens, other := 0, 0, 0, 0, 0
	sentence := false
	for k := 0; k < len(between); k++ {
		switch c := between[k]; c {
		case ' ', '\t':
			spaces++
		case '.':
			dots++
		case ',':
			commas++
		case '-':
			hyphens++
		case '\n', '\r', '!', '?', ':', ';', '"', '(', ')', '[', ']', '|':
			sentence = true
		default:
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(between[k:])
				k += n - 1
				switch {
				case r == '\u00a0' || r == '\u2009' || r == '\u202f':
					spaces++
				case r == '‐' || r == '‑':
					hyphens++
				case r == '“' || r == '”' || r == '—' || r == '–' || r == '…':
					sentence = true
				default:
					other++
				}
			} else {
				other++
			}
		}
	}
	switch {
	case sentence:
		return sepSentence
	case dots == 1 && commas == 0 && hyphens == 0 && other == 0:
		// "St. Augustine", "N.Y.", "U.S. Army" continue; "member. He" and
		// "member.He" end a sentence.
		pk := s.key(prev)
		if spaces == 0 && prev.end-prev.start == 1 {
			return sepDot
		}
		if spaces > 0 && (len(pk) <= 2 || nameAbbrevs[string(pk)] || titles[string(pk)]) && prev.capital {
			return sepDot
		}
		return sepSentence
	case dots > 0:
		return sepSentence
	case commas == 1 && hyphens == 0 && other == 0:
		return sepComma
	case hyphens == 1 && commas == 0 && other == 0 && spaces == 0:
		return sepHyphen
	case commas+hyphens+other == 0:
		return sepSpace
	}
	return sepPunct
}

// markTitleLines flags the words of headline-style lines, in which every
// word is capitalised and capitals say nothing about names. A line is in
// title case when most of its common English words of four letters or
// more, after the first word, are capitalised: place names do not count,
// or a sentence listing places would look like a headline.
func (s *scanner) markTitleLines() {
	for a := 0; a < len(s.toks); {
		b := a + 1
		for b < len(s.toks) && !(s.toks[b].sep == sepSentence && s.lineBreak(b)) {
			b++
		}
		// A quick count first: most lines are mostly lower case.
		long, upper := 0, 0
		for k := a + 1; k < b; k++ {
			if t := &s.toks[k]; t.end-t.start >= 4 {
				long++
				if t.capital {
					upper++
				}
			}
		}
		n, caps := 0, 0
		if upper*10 >= long*5 {
			for k := a + 1; k < b; k++ {
				t := &s.toks[k]
				if s.klen(t) >= 4 && s.is(k, cCommon) {
					n++
					if t.capital {
						caps++
					}
				}
			}
		}
		if n >= 3 && caps*10 >= n*8 {
			for k := a; k < b; k++ {
				s.toks[k].title = true
			}
		}
		a = b
	}
}

// lineBreak reports whether a newline precedes word i.
func (s *scanner) lineBreak(i int) bool {
	a := s.toks[i-1].end
	for k := a; k < s.toks[i].start; k++ {
		if s.text[k] == '\n' {
			return true
		}
	}
	return false
}

// joins reports whether word i continues the name that word i-1 is in.
func (s *scanner) joins(i int) bool {
	if i <= 0 || i >= len(s.toks) || s.toks[i-1].poss {
		return false
	}
	switch s.toks[i].sep {
	case sepSpace, sepHyphen, sepDot:
		return true
	}
	return false
}

// raw is a candidate name before the context rules: words [i, j].
type raw struct {
	i, j    int
	hits    []hit
	fuzzy   bool
	drop    bool
	stop    bool  // never a place here: a stop word, or the wrong case
	qualEnd int32 // byte end of a qualifier merged in, or 0
}

// Find returns every place name in text, in order, with the places each
// may be. It favours precision: it skips capitalised words that are
// common English words, days, months or titles, names inside longer
// capitalised names (people, organisations, streets), and speakers
// ("Jordan said"). A qualifier after a comma ("Kokomo, Ind.", "Baqubah,
// Diyala", "Baghdad, Iraq") is merged into the match and narrows its
// candidates to those inside it.
func (g *Gazetteer) Find(text string) []Match {
	if len(g.entries) == 0 || text == "" {
		return nil
	}
	if len(text) > math.MaxInt32 {
		text = text[:math.MaxInt32] // spans are int32 inside; no report is 2 GB
	}
	s := &scanner{g: g, text: text, toks: make([]tok, 0, len(text)/5+16), keys: make([]byte, 0, len(text)/2+16)}
	s.tokenize()
	raws := s.match()
	persons := s.personWords(raws)
	s.judge(raws, persons)
	s.qualify(raws)
	return s.matches(raws)
}

// canStart reports whether a place name may begin at word i.
func (s *scanner) canStart(i int) bool {
	t := &s.toks[i]
	if t.capital {
		return true
	}
	// "al-Khalis", "el-Arish": a lower-case article joined to a capital.
	k := s.key(t)
	return (string(k) == "al" || string(k) == "el") && i+1 < len(s.toks) && s.toks[i+1].sep == sepHyphen && s.toks[i+1].capital
}

// inner reports whether lower-case word j may stand inside or at the end
// of a name.
func (s *scanner) inner(j int, last bool) bool {
	t := &s.toks[j]
	if t.capital {
		return true
	}
	if s.is(j, cType) {
		return true
	}
	return !last && s.is(j, cConnector)
}

// match finds, left to right, the longest indexed name at each word.
func (s *scanner) match() []raw {
	g := s.g
	out := make([]raw, 0, len(s.toks)/16+4)
	s.hitArena = make([]hit, 0, len(s.toks)/2+16)
	maxW := min(g.maxWords, 8)
	for i := 0; i < len(s.toks); i++ {
		if !s.canStart(i) {
			continue
		}
		h := uint64(fnvOffset)
		joined := uint64(fnvOffset) // the same words run together
		best := -1
		var bestHead uint32
		for j := i; j < len(s.toks) && j-i < maxW; j++ {
			if j > i {
				if !s.joins(j) || !s.inner(j, false) {
					break
				}
				h = hashString(h, " ")
			}
			k := s.key(&s.toks[j])
			h = hashBytes(h, k)
			joined = hashBytes(joined, k)
			if !g.namesBloom.has(h) {
				// not a name; a longer one may still start here
			} else if head := g.names.tab.get(h); head != 0 && (s.toks[j].capital || s.is(j, cType) || j == i) {
				best, bestHead = j, head
			}
			// "Balad Ruz" for GeoNames' "Baladrūz": two capitalised words
			// that the gazetteer writes as one.
			if best != j && j == i+1 && s.toks[i].capital && s.toks[j].capital && g.namesBloom.has(joined) {
				if head := g.names.tab.get(joined); head != 0 {
					best, bestHead = j, head
				}
			}
			if s.toks[j].poss {
				break
			}
		}
		if best < 0 {
			if r, ok := s.fuzzy(i); ok {
				out = append(out, r)
				i = r.j
			}
			continue
		}
		n := len(s.hitArena)
		s.hitArena = g.names.collect(bestHead, s.hitArena)
		out = append(out, raw{i: i, j: best, hits: s.hitArena[n:len(s.hitArena):len(s.hitArena)]})
		i = best
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// collect reads a posting list into hits, without repeats (which merging
// places can leave).
func (ix *index) collect(head uint32, dst []hit) []hit {
	start := len(dst)
	for p := head; p != 0; p = ix.posts[p-1].next {
		ps := ix.posts[p-1]
		dst = append(dst, hit{ps.entry, ps.alt})
	}
	hs := dst[start:]
	if len(hs) < 2 {
		return dst
	}
	slices.SortFunc(hs, func(a, b hit) int {
		if a.entry != b.entry {
			return cmp.Compare(a.entry, b.entry)
		}
		return cmp.Compare(b2i(a.alt), b2i(b.alt)) // a main-name posting first
	})
	out := hs[:1]
	for _, h := range hs[1:] {
		if h.entry != out[len(out)-1].entry {
			out = append(out, h)
		}
	}
	return dst[:start+len(out)]
}

// fuzzy tries the transliteration-tolerant key for the capitalised words
// at i, when the context says a place is named there ("in Baquba",
// "Asharf camp") and the words are not English words or given names.
func (s *scanner) fuzzy(i int) (raw, bool) {
	t := &s.toks[i]
	if t.title || t.upper {
		return raw{}, false
	}
	j := i
	for j+1 < len(s.toks) && j-i < 3 && s.joins(j+1) && !s.toks[j].poss {
		if s.toks[j+1].capital {
			j++
		} else if j+2 < len(s.toks) && s.is(j+1, cArticle) && s.joins(j+2) && s.toks[j+2].capital {
			j += 2 // "Maarat al-Numan"
		} else {
			break
		}
	}
	loc := s.locativeBefore(i)
	for last := j; j >= i; j-- {
		if j != last && j != i {
			continue // the whole run, or its first word: each try costs
		}
		// Only where the text says a place is named: after "in", before
		// "province", or with a type word inside ("Camp Asharf"); and
		// only for a word of five letters or more that is neither an
		// English word nor a given name.
		if !(loc || s.typeAfter(j) || j > i && s.anyOf(i, j, cType)) || !s.distinctive(i, j) {
			continue
		}
		s.scratch = s.scratch[:0]
		for k := i; k <= j; k++ {
			if k > i {
				s.scratch = append(s.scratch, ' ')
			}
			s.scratch = append(s.scratch, s.key(&s.toks[k])...)
		}
		if hits := s.g.fuzzyHits(s.scratch); len(hits) > 0 {
			return raw{i: i, j: j, hits: hits, fuzzy: true}, true
		}
	}
	return raw{}, false
}

// distinctive reports whether words i..j hold one of five letters or more
// that is not a common English word or a given name (fuzzyOK on words).
func (s *scanner) distinctive(i, j int) bool {
	for k := i; k <= j; k++ {
		t := &s.toks[k]
		if s.klen(t) >= 5 && !s.is(k, cCommon) && !s.is(k, cFirst) && !s.is(k, cDemonym) { // "Syrian" is no misspelt "Sūrīān"
			return true
		}
	}
	return false
}

// locativeBefore reports whether a preposition of place precedes word i:
// "in Kokomo", "near Baqubah", "north of Baghdad".
func (s *scanner) locativeBefore(i int) bool {
	if i == 0 || s.toks[i].sep != sepSpace {
		return false
	}
	return !s.toks[i-1].capital && s.is(i-1, cLocative) || s.toks[i-1].upper && s.is(i-1, cLocative)
}

// typeAfter reports whether a place-type word follows word j: "Diyala
// province", "Kokomo city".
func (s *scanner) typeAfter(j int) bool {
	return j+1 < len(s.toks) && s.joins(j+1) && !s.toks[j].poss && s.is(j+1, cType)
}

// personWords returns the words of names that read as people's, so that
// "Washington" or "Brown" alone later in the text is not taken for a
// place. A person's name is two or three capitalised words that begin
// with a given name or follow a title ("Clarence Washington", "Sheriff
// Tom Brown"), or that begin with a word that is neither a place, an
// English word nor a division or organisation word ("Amari Brown",
// "DeAndre Jones"). A word written possessive before a family word is a
// person's too ("Powell's son", "Bryson's death").
func (s *scanner) personWords(raws []raw) map[string]bool {
	persons := map[string]bool{}
	inPlace := make([]bool, len(s.toks))
	for _, r := range raws {
		for k := r.i; k <= r.j; k++ {
			inPlace[k] = true
		}
	}
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if !t.capital || t.title || t.upper {
			i++
			continue
		}
		j := i
		for j+1 < len(s.toks) && s.joins(j+1) && s.toks[j+1].capital && !s.toks[j+1].upper {
			j++
		}
		start := i
		if s.is(i, cTitle) && j > i {
			start = i + 1
		}
		n := j - start + 1
		if n >= 2 && n <= 3 && !s.anyOf(start, j, cType|cGov|cOrg|cModifier|cStop) &&
			!s.coveredByLongName(raws, start, j) {
			unknown := !inPlace[start] && !s.is(start, cCommon) && s.klen(&s.toks[start]) > 1
			if s.is(start, cFirst) || start > i || unknown {
				for k := start; k <= j; k++ {
					persons[s.keyString(k)] = true
				}
			}
		}
		if i == j && t.poss && j+1 < len(s.toks) && s.is(j+1, cPersonNoun) {
			persons[s.keyString(i)] = true
		}
		i = j + 1
	}
	return persons
}

func (s *scanner) anyOf(i, j int, c class) bool {
	for k := i; k <= j; k++ {
		if s.class(k)&c != 0 {
			return true
		}
	}
	return false
}

// coveredByLongName reports whether a multi-word place name covers words
// i..j entirely ("Elizabeth City" is a place, not a woman). raws are in
// text order and do not overlap.
func (s *scanner) coveredByLongName(raws []raw, i, j int) bool {
	k := sort.Search(len(raws), func(k int) bool { return raws[k].j >= j })
	return k < len(raws) && raws[k].i <= i && raws[k].j > raws[k].i
}

// judge applies the context rules that tell a place from the same word
// used otherwise, marking raws to drop.
func (s *scanner) judge(raws []raw, persons map[string]bool) {
	// First the words that are never places here, so that they do not
	// count as neighbouring places below ("Chicago Police").
	for n := range raws {
		r := &raws[n]
		first := &s.toks[r.i]
		short := s.klen(first) <= 3
		generic := s.is(r.i, cGov|cType|cOrg|cModifier|cStop)
		if r.i == r.j && (generic || s.klen(first) <= 1 || short && s.is(r.i, cCommon) && !s.qualifierAfter(r.j) || !s.caseOK(r)) {
			// "HIT, Iraq" is the town; "hit" alone is a word.
			r.drop, r.stop = true, true
		}
	}
	for n := range raws {
		r := &raws[n]
		if r.drop {
			continue
		}
		single := r.i == r.j
		first := &s.toks[r.i]
		k := s.keyString(r.i)
		// A speaker, not a place: "Jordan said", "Washington, who"; a
		// street; an organisation: "St. Stephen's Baptist Church".
		if s.speakerAfter(r.j) || s.streetAfter(r.j) || s.toks[r.j].poss && s.orgAfter(r.j, 4) {
			r.drop = true
			continue
		}
		if s.addressBefore(r.i) || s.is(r.j, cStreet) && s.toks[r.j].capital && !single {
			r.drop = true // "the 1100 block of North Harding", "River Road"
			continue
		}
		if single && !s.typeAfter(r.j) && s.demonym(r.i) {
			r.drop = true // "the Somali capital": an adjective, not Ethiopia's Somali Region
			continue
		}
		if single && s.ageBefore(r.i) {
			r.drop = true // "4-year-old Olivia"
			continue
		}
		if first.title && r.i > 0 && s.joins(r.i) && s.toks[r.i-1].capital && !s.toks[r.i-1].sentStart &&
			!s.is(r.i-1, cTitleFunction) && !s.is(r.i-1, cModifier) && !(n > 0 && raws[n-1].j == r.i-1 && !raws[n-1].drop) {
			r.drop = true // a headline's "… On Grand Mesa": Grand Mesa is not Mesa
			continue
		}
		// Inside a longer name joined by an article: "Bashar al-Assad",
		// "Nouri al-Maliki".
		if s.nameArticle(r.j+1) && r.j+2 < len(s.toks) && s.joins(r.j+1) && s.joins(r.j+2) && s.toks[r.j+2].capital ||
			r.i >= 2 && s.nameArticle(r.i-1) && s.joins(r.i) && s.joins(r.i-1) && s.toks[r.i-2].capital {
			r.drop = true
			continue
		}
		// Inside a longer capitalised name.
		if !first.title && r.i > 0 && s.joins(r.i) {
			p := r.i - 1
			pt := &s.toks[p]
			switch {
			case pt.capital && s.is(p, cTitle):
				r.drop = true
			case pt.capital && (s.is(p, cModifier) || pt.sentStart && s.is(p, cCommon|cStop)):
			case pt.capital && n > 0 && raws[n-1].j == p && !raws[n-1].stop:
				// Two places side by side: see pairs below.
			case pt.capital:
				r.drop = true
			case s.is(p, cConnector) && s.keyString(p) == "of" && p > 0 && s.joins(p) && s.toks[p-1].capital &&
				s.is(p-1, cOrg):
				r.drop = true // "University of Baghdad", "Bank of America"
			}
		}
		if nx := r.j + 1; nx < len(s.toks) && s.joins(nx) {
			nt := &s.toks[nx]
			switch {
			case s.is(nx, cOrg) && (nt.capital || first.title), first.title && s.orgAfter(r.j, 3):
				r.drop = true // "Cook County Jail"; a headline's "Valley View Mobile Home Park"
			case first.title:
			case !nt.capital:
			case s.is(nx, cType|cGov):
			case calendarWords[s.keyString(nx)]:
				// "Waterloo, Iowa Sunday night": a day, not a longer name.
			case n+1 < len(raws) && raws[n+1].i == nx && !raws[n+1].stop:
			default:
				r.drop = true // "Washington Post", "Kokomo Tribune", "Amari Brown"
			}
		}
		if r.drop {
			continue
		}
		// Names that need support from the text: common words and given
		// names ("Chase", "Liberty", "Austin"), names made of common words
		// only ("West Side", "Clear Creek"), and names known only as some
		// place's alternate name ("Amari" is an old name of Amery, Wis.).
		// People already named ("Brown" after "Amari Brown") are out.
		if single && persons[k] && !s.qualifierAfter(r.j) {
			r.drop = true
			continue
		}
		if s.qualifierAfter(r.j) || s.typeAfter(r.j) && !r.allAlt() && !s.allCommon(r.i, r.j) {
			continue // "Kokomo, Ind.", "Diyala province"; not "Old West End neighborhood"
		}
		country := s.g.anyCountry(r.hits)
		strong := s.strongLocativeBefore(r.i) && !first.sentStart
		switch {
		case country:
		case single && s.is(r.i, cCommon) && !strong:
			r.drop = true
		case !single && !strong && s.allCommon(r.i, r.j) && s.g.maxPop(r.hits) < 100000 &&
			(r.allAlt() || s.anyOf(r.i, r.j, cModifier)):
			r.drop = true // "West Side", "Clear Creek", "West End"; not "Little Rock", "Salt Lake"
		case single && r.allAlt() && !strong && !s.countryInAfter(r.j):
			r.drop = true
		case r.fuzzy && !s.locativeBefore(r.i) && !s.typeAfter(r.j) && !s.anyOf(r.i, r.j, cType):
			r.drop = true
		}
	}
	// Two places side by side in one name: "Kokomo Indiana" is a town and
	// its state; "Clarence Washington" is a man.
	for n := 1; n < len(raws); n++ {
		a, b := &raws[n-1], &raws[n]
		if b.i != a.j+1 || !s.joins(b.i) || !s.toks[b.i].capital || s.toks[b.i].title || a.stop || b.stop {
			continue
		}
		if !a.drop && !b.drop && s.g.anyContains(b.hits, a.hits) {
			a.qualEnd = s.toks[b.j].end
			a.hits = s.g.containedIn(a.hits, b.hits)
			b.drop = true
			continue
		}
		if s.toks[b.i].sep == sepHyphen && b.j+1 < len(s.toks) && roadWords[string(s.key(&s.toks[b.j+1]))] {
			continue // "the Maiduguri-Damaturu road" runs between two towns
		}
		a.drop, b.drop = true, true
	}
}

// roadWords after "Town-Town" make it a route between two places.
var roadWords = map[string]bool{"road": true, "highway": true, "expressway": true, "motorway": true, "axis": true,
	"route": true, "railway": true, "railroad": true, "corridor": true, "freeway": true}

func (r *raw) allAlt() bool {
	for _, h := range r.hits {
		if !h.alt {
			return false
		}
	}
	return true
}

// allCommon reports whether words i..j are all common English words:
// a place by such a name needs more than capitals to be one.
func (s *scanner) allCommon(i, j int) bool {
	for k := i; k <= j; k++ {
		if !(s.is(k, cCommon) || s.is(k, cModifier) || s.is(k, cConnector)) || s.is(k, cType) {
			return false
		}
	}
	return true
}

// maxPop returns the largest population among hits.
func (g *Gazetteer) maxPop(hits []hit) int {
	m := 0
	for _, h := range hits {
		m = max(m, g.entries[h.entry].pop)
	}
	return m
}

// strongLocativeBefore is locativeBefore for prepositions that place
// rather than relate: "in Liberty", not "of Liberty".
func (s *scanner) strongLocativeBefore(i int) bool {
	if s.locativeBefore(i) && s.is(i-1, cStrongLocative) {
		return true
	}
	// "the city of Qamishli", "the town of Tsafe": the text says what it is.
	return i >= 2 && s.keyString(i-1) == "of" && !s.toks[i-2].capital && s.is(i-2, cType)
}

// addressBefore reports whether the name at word i is a street of an
// address: after a house number or "block of", perhaps with a compass
// word between ("1100 North Harding", "the 5600 block of South Princeton").
func (s *scanner) addressBefore(i int) bool {
	k := i - 1
	compass := k >= 0 && s.toks[k].capital && s.is(k, cModifier)
	if compass {
		k--
	}
	if k < 0 {
		return false
	}
	if c := s.text[s.toks[k].start]; compass && c >= '0' && c <= '9' && s.toks[k+1].sep == sepSpace {
		return true
	}
	return k >= 1 && s.keyString(k) == "of" && s.keyString(k-1) == "block"
}

// nameArticle reports whether word i is a lower-case article or particle
// that joins the parts of a person's or place's name.
func (s *scanner) nameArticle(i int) bool {
	return i >= 0 && i < len(s.toks) && !s.toks[i].capital && s.is(i, cArticle)
}

// demonym reports whether word i is a country's demonym or adjective.
func (s *scanner) demonym(i int) bool { return s.is(i, cDemonym) }

// ageBefore reports whether "N-year-old" or "aged N" precedes word i: the
// name is a person's ("4-year-old Olivia").
func (s *scanner) ageBefore(i int) bool {
	// "a 2-year-old Toledo girl" is from Toledo.
	if i+1 < len(s.toks) && s.joins(i+1) && !s.toks[i+1].capital {
		return false
	}
	return i >= 2 && s.keyString(i-1) == "old" && (s.keyString(i-2) == "year" || s.keyString(i-2) == "years")
}

// orgAfter reports whether the capitalised words after word j, up to n
// of them, end in an organisation or building word.
func (s *scanner) orgAfter(j, n int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+n; k++ {
		if k > j+1 && !s.joins(k) || !s.toks[k].capital {
			return false
		}
		if s.is(k, cOrg) {
			return true
		}
	}
	return false
}

// streetAfter reports whether the name is part of a street: "Ridge and
// Stanton streets", "Harding avenue".
func (s *scanner) streetAfter(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		t := &s.toks[k]
		if t.sep != sepSpace {
			return false
		}
		switch {
		case s.is(k, cStreet):
			return !t.capital
		case t.capital || s.is(k, cConnector):
		default:
			return false
		}
	}
	return false
}

// caseOK rejects short names whose case differs from the text's: "US" is
// a country, "Us" is not; "ROY" in a capitalised dateline is Roy.
func (s *scanner) caseOK(r *raw) bool {
	t := &s.toks[r.i]
	if s.klen(t) > 4 || t.upper && (s.klen(t) > 3 || s.qualifierAfter(r.j)) {
		return true
	}
	w := s.text[t.start:t.end]
	for _, h := range r.hits {
		e := &s.g.entries[h.entry]
		if e.name == w || strings.Contains("|"+e.alts+"|", "|"+w+"|") {
			return true
		}
		// "Azaz" for GeoNames' "A`zaz": the same word without its ʿayn.
		for a := range strings.SplitSeq(e.alts, "|") {
			if strings.ContainsFunc(a, isApostrophe) && strings.EqualFold(strings.Map(dropApostrophe, a), w) && a[0] == w[0] {
				return true
			}
		}
	}
	return false
}

func dropApostrophe(r rune) rune {
	if isApostrophe(r) {
		return -1
	}
	return r
}

func (s *scanner) speakerAfter(j int) bool {
	nx := j + 1
	if nx >= len(s.toks) || s.toks[j].poss {
		return false
	}
	// "Residents of Ashraf City said": the speaker is the residents.
	for i := j; i > 0 && s.joins(i); i-- {
		if !s.toks[i-1].capital {
			if s.is(i-1, cLocative) {
				return false
			}
			break
		}
	}
	switch s.toks[nx].sep {
	case sepSpace:
		return s.is(nx, cSpeech)
	case sepComma:
		return s.keyString(nx) == "who"
	}
	return false
}

// qualifierAfter reports whether ", <state or country>" follows word j.
func (s *scanner) qualifierAfter(j int) bool {
	nx := j + 1
	if nx >= len(s.toks) || s.toks[nx].sep != sepComma || !s.toks[nx].capital {
		return false
	}
	if _, _, ok := s.stateAbbrev(nx); ok {
		return true
	}
	h := hashBytes(fnvOffset, s.key(&s.toks[nx]))
	for k := nx; ; {
		ix := &s.g.names
		for p := ix.tab.get(h); p != 0; p = ix.posts[p-1].next {
			f := s.g.entries[ix.posts[p-1].entry].feature
			if isAdmin1(f) || isCountry(f) || isAdmin2(f) {
				return true
			}
		}
		k++
		if k >= len(s.toks) || k-nx >= 3 || !s.joins(k) || !s.toks[k].capital {
			return false
		}
		h = hashBytes(hashString(h, " "), s.key(&s.toks[k]))
	}
}

// calendarWords after a name end it: "Iowa Sunday", "Kabul Tuesday".
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// countryInAfter reports "in Syria" after word j: "in Azaz in Syria"
// vouches for a name known only as an alternate spelling.
func (s *scanner) countryInAfter(j int) bool {
	if j+2 >= len(s.toks) || s.keyString(j+1) != "in" || !s.toks[j+2].capital {
		return false
	}
	ix := &s.g.names
	for p := ix.tab.get(hashBytes(fnvOffset, s.key(&s.toks[j+2]))); p != 0; p = ix.posts[p-1].next {
		if isCountry(s.g.entries[ix.posts[p-1].entry].feature) {
			return true
		}
	}
	return false
}

// stateAbbrev reads a US state abbreviation at word i ("Ind.", "N.Y.",
// "W.Va.", or a postal code "IN" in capitals). It returns the state's
// entry, the last word and the byte end (after the final period).
func (s *scanner) stateAbbrev(i int) (int32, int, bool) {
	g := s.g
	t := &s.toks[i]
	if !t.capital {
		return 0, 0, false
	}
	// Postal code: two capitals, not followed by a period-less word.
	w := s.text[t.start:t.end]
	if len(w) == 2 && t.upper && !t.dot {
		if code, ok := postalCodes[w]; ok {
			if e, ok := g.lookupID("admin1:US." + code); ok {
				return e, i, true
			}
		}
		return 0, 0, false
	}
	// Dotted: letters and periods up to three words.
	j := i
	for j+1 < len(s.toks) && j-i < 2 && s.toks[j].dot && s.toks[j+1].sep == sepDot &&
		s.toks[j+1].start == s.toks[j].end+1 && s.toks[j+1].capital {
		j++
	}
	for ; j >= i; j-- {
		var key []byte
		for k := i; k <= j; k++ {
			key = append(key, s.key(&s.toks[k])...)
		}
		code, ok := apAbbrevs[string(key)]
		if !ok || !s.toks[j].dot {
			continue
		}
		e, ok := g.lookupID("admin1:US." + code)
		return e, j, ok
	}
	return 0, 0, false
}

// qualify merges "Town, State" and "Town, Country" pairs, right to left
// so that "Kokomo, Howard County, Ind." chains, and adds bare state
// abbreviations that follow an unknown town ("Ochopee, Fla.").
func (s *scanner) qualify(raws []raw) {
	for n := len(raws) - 1; n >= 0; n-- {
		r := &raws[n]
		if r.drop {
			continue
		}
		nx := r.j + 1
		if r.qualEnd != 0 || nx >= len(s.toks) || s.toks[nx].sep != sepComma || s.toks[r.j].poss {
			continue
		}
		if e, last, ok := s.stateAbbrev(nx); ok {
			if in := s.g.containedIn(r.hits, []hit{{entry: e}}); len(in) > 0 {
				r.hits = in
				r.qualEnd = s.abbrevEnd(nx)
			}
			// The abbreviation is a qualifier, never a place of its own
			// ("Va." is not Wa, Ghana).
			for m := n + 1; m < len(raws) && raws[m].i <= last; m++ {
				raws[m].drop = true
			}
			continue
		}
		if n+1 < len(raws) && raws[n+1].i == nx && !raws[n+1].drop {
			q := &raws[n+1]
			if in := s.g.containedIn(r.hits, q.hits); len(in) > 0 {
				r.hits = in
				r.qualEnd = s.toks[q.j].end
				if q.qualEnd != 0 {
					r.qualEnd = q.qualEnd
				}
				q.drop = true
			}
		}
	}
}

// abbrevEnd returns the byte end of the state abbreviation at word i.
func (s *scanner) abbrevEnd(i int) int32 {
	_, j, _ := s.stateAbbrev(i)
	end := s.toks[j].end
	if s.toks[j].dot {
		end++
	}
	return end
}

// anyContains reports whether some place of outer contains some of inner.
func (g *Gazetteer) anyContains(outer, inner []hit) bool {
	for _, o := range outer {
		if f := g.entries[o.entry].feature; !isAdmin1(f) && !isAdmin2(f) && !isCountry(f) {
			continue
		}
		for _, in := range inner {
			if g.contains(o.entry, in.entry) {
				return true
			}
		}
	}
	return false
}

// containedIn returns the hits of inner that some place of outer contains.
func (g *Gazetteer) containedIn(inner, outer []hit) []hit {
	var out []hit
	for _, in := range inner {
		for _, o := range outer {
			if g.contains(o.entry, in.entry) {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// matches builds the Matches of the raws kept, adding state abbreviations
// that qualify a town the gazetteer does not know.
func (s *scanner) matches(raws []raw) []Match {
	var out []Match
	for n := range raws {
		r := &raws[n]
		if r.drop || len(r.hits) == 0 {
			continue
		}
		end := s.toks[r.j].end
		if t := &s.toks[r.j]; t.dot && t.end-t.start == 1 {
			end++ // "U.S.", "D.C.": the abbreviation's last period
		}
		if r.qualEnd > end {
			end = r.qualEnd
		}
		out = append(out, s.newMatch(int(s.toks[r.i].start), int(end), s.g.sortHits(r.hits)))
	}
	// "Ochopee, Fla.": the state still places the story.
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].sep != sepComma || !s.toks[i-1].capital || s.toks[i-1].title {
			continue
		}
		e, _, ok := s.stateAbbrev(i)
		if !ok || s.covered(out, int(s.toks[i].start)) {
			continue
		}
		out = append(out, s.newMatch(int(s.toks[i].start), int(s.abbrevEnd(i)), []hit{{entry: e}}))
	}
	sortMatches(out)
	return out
}

func (s *scanner) covered(ms []Match, at int) bool {
	for _, m := range ms {
		if m.Span.Start <= at && at < m.Span.End {
			return true
		}
	}
	return false
}

func (s *scanner) newMatch(start, end int, hits []hit) Match {
	if len(hits) > maxCandidates {
		hits = hits[:maxCandidates]
	}
	return Match{Span: tally.Span{Start: start, End: end}, Name: s.text[start:end], Candidates: s.g.places(hits)}
}

func sortMatches(ms []Match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Span.Start < ms[j-1].Span.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// anyCountry reports whether some hit is a country: "Jordan" and "Chad"
// are given names too, but a report naming them means the country.
func (g *Gazetteer) anyCountry(hits []hit) bool {
	for _, h := range hits {
		if isCountry(g.entries[h.entry].feature) && !h.alt {
			return true
		}
	}
	return false
}

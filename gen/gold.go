package gen

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"slices"
)

// Gold is ground truth in the gold format of ../shared/eval (README.md
// there): the incidents with place, date, figures, the reports that
// mention them and every casualty claim; each report's publication date;
// and the numbers that are not tolls.
type Gold struct {
	Corpus      string         `json:"corpus"`
	About       string         `json:"about"`
	Incidents   []GoldIncident `json:"incidents"`
	Documents   []GoldDocument `json:"documents"`
	Distractors []Distractor   `json:"distractors"`

	index map[string]int // incident ID → position, for merging recalled incidents
}

// GoldDocument is one report's publication date. Published is nil for a
// report with no date in it; PublishedAccept lists the answers scored right.
type GoldDocument struct {
	File            string    `json:"file"`
	Published       *string   `json:"published"`
	PublishedAccept []*string `json:"published_accept"`
	Note            string    `json:"note,omitempty"`
}

// GoldPlace names an incident's place: the gazetteer's name, with the name
// reports write as an alias.
type GoldPlace struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Admin1  string   `json:"admin1,omitempty"`
	Country string   `json:"country"`
}

// GoldRange is a figure's span over the claims of every report.
type GoldRange struct {
	Low  int `json:"low"`
	High int `json:"high"`
}

// GoldClaim is one figure one report gives. An exact figure has Value, as
// do "nearly N" and "about N", with the qualifier; "at least N" and "more
// than N" have Low alone.
type GoldClaim struct {
	File         string  `json:"file"`
	Field        string  `json:"field"`
	Value        *int    `json:"value,omitempty"`
	Low          *int    `json:"low,omitempty"`
	Qualifier    string  `json:"qualifier,omitempty"`
	Hedge        string  `json:"hedge,omitempty"`
	AttributedTo *string `json:"attributed_to"`
	Quote        string  `json:"quote"`
}

// Point returns the number the claim states.
func (c GoldClaim) Point() int {
	if c.Value != nil {
		return *c.Value
	}
	if c.Low != nil {
		return *c.Low
	}
	return -1
}

// GoldIncident is one incident's truth.
type GoldIncident struct {
	ID            string               `json:"id"`
	Required      bool                 `json:"required"`
	Place         GoldPlace            `json:"place"`
	Date          string               `json:"date"`
	DatePrecision string               `json:"date_precision"`
	EventType     string               `json:"event_type,omitempty"`
	Figures       map[string]GoldRange `json:"figures"`
	MentionedIn   []string             `json:"mentioned_in"`
	Claims        []GoldClaim          `json:"claims"`
}

// Distractor is a number in a report that is not a toll, and why.
type Distractor struct {
	File  string `json:"file"`
	Quote string `json:"quote"`
	Why   string `json:"why"`
}

const goldAbout = "Ground truth of a synthetic newswire made by tally's generator (package gen): every report's casualty claims with their sentences, each incident's figures as the span of the claims, publication dates, and distractors. The text is the generator's own."

func goldPlace(p *Place) GoldPlace {
	g := GoldPlace{Name: p.Record.Name, Admin1: p.Record.Admin1, Country: p.Record.Country}
	if fold(p.Written) != fold(p.Record.Name) {
		g.Aliases = []string{p.Written}
	}
	return g
}

func goldClaim(file, quote string, c claim) GoldClaim {
	g := GoldClaim{File: file, Field: c.field, Qualifier: c.qual, Hedge: c.hedge, Quote: quote}
	v := c.value
	switch c.qual {
	case "at least", "more than":
		g.Low = &v
	default:
		g.Value = &v
	}
	if c.source != "" {
		src := c.source
		g.AttributedTo = &src
	}
	return g
}

// Add merges an incident's truth into g, with the claims its reports make
// about earlier incidents.
func (g *Gold) Add(inc *Incident) {
	if g.index == nil {
		g.index = map[string]int{}
	}
	g.index[inc.Gold.ID] = len(g.Incidents)
	g.Incidents = append(g.Incidents, inc.Gold)
	g.Documents = append(g.Documents, inc.Docs...)
	g.Distractors = append(g.Distractors, inc.Noise...)
	for _, rc := range inc.Recalls {
		if i, ok := g.index[rc.Incident]; ok {
			addRecall(&g.Incidents[i], rc)
		}
	}
}

// addRecall adds a later report's claim to an incident's truth.
func addRecall(dst *GoldIncident, rc Recall) {
	if !slices.Contains(dst.MentionedIn, rc.Claim.File) {
		dst.MentionedIn = append(dst.MentionedIn, rc.Claim.File)
	}
	dst.Claims = append(dst.Claims, rc.Claim)
	widen(dst.Figures, rc.Claim.Field, rc.Claim.Point())
}

// Collect generates a whole corpus in memory: for small corpora, such as
// the benchmark's accuracy run.
func (c Config) Collect() (*Gold, []Report, error) {
	g := &Gold{Corpus: "tally-gen", About: goldAbout}
	var reps []Report
	err := c.Incidents(func(inc *Incident) error {
		g.Add(inc)
		reps = append(reps, inc.Reports...)
		return nil
	})
	return g, reps, err
}

// GoldWriter writes the gold file of a streamed corpus as its incidents
// come. An incident is held until no later report can recall it (a few
// hundred incidents); documents and distractors go to temporary files and
// are appended by Close. Memory stays constant for any number of reports.
type GoldWriter struct {
	w       *bufio.Writer
	docs    *spool
	noise   *spool
	pending []*pendingIncident // in stream order
	byID    map[string]*pendingIncident
	first   bool
	err     error
}

type pendingIncident struct {
	index int
	gold  GoldIncident
}

// spool is a temporary file of comma-separated JSON values.
type spool struct {
	f *os.File
	w *bufio.Writer
	n int
}

func newSpool(dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "tally-gold-*.json")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name()) // gone when closed, whatever happens
	return &spool{f: f, w: bufio.NewWriter(f)}, nil
}

func (s *spool) add(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if s.n > 0 {
		s.w.WriteString(",\n")
	}
	s.n++
	_, err = s.w.Write(b)
	return err
}

func (s *spool) copyTo(w io.Writer) error {
	if err := s.w.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.f)
	return err
}

// NewGoldWriter starts a gold file on w; tmpDir holds its spools ("" for
// the system's temporary directory).
func NewGoldWriter(w io.Writer, tmpDir string) (*GoldWriter, error) {
	docs, err := newSpool(tmpDir)
	if err != nil {
		return nil, err
	}
	noise, err := newSpool(tmpDir)
	if err != nil {
		docs.f.Close()
		return nil, err
	}
	g := &GoldWriter{w: bufio.NewWriter(w), docs: docs, noise: noise, byID: map[string]*pendingIncident{}, first: true}
	head, _ := json.Marshal(goldAbout)
	g.w.WriteString("{\n\"corpus\": \"tally-gen\",\n\"about\": " + string(head) + ",\n\"incidents\": [\n")
	return g, nil
}

// Add takes an incident's truth, and writes that of incidents no later
// report can recall.
func (g *GoldWriter) Add(inc *Incident) error {
	if g.err != nil {
		return g.err
	}
	for _, rc := range inc.Recalls {
		if p := g.byID[rc.Incident]; p != nil {
			addRecall(&p.gold, rc)
		}
	}
	p := &pendingIncident{index: inc.Index, gold: inc.Gold}
	g.pending = append(g.pending, p)
	g.byID[inc.Gold.ID] = p
	for len(g.pending) > 0 && g.pending[0].index < inc.Settled {
		g.flushOne()
	}
	for _, d := range inc.Docs {
		if err := g.docs.add(d); err != nil {
			g.err = err
		}
	}
	for _, d := range inc.Noise {
		if err := g.noise.add(d); err != nil {
			g.err = err
		}
	}
	return g.err
}

func (g *GoldWriter) flushOne() {
	p := g.pending[0]
	g.pending = g.pending[1:]
	delete(g.byID, p.gold.ID)
	g.incident(&p.gold)
}

func (g *GoldWriter) incident(inc *GoldIncident) {
	b, err := json.Marshal(inc)
	if err != nil {
		g.err = err
		return
	}
	if !g.first {
		g.w.WriteString(",\n")
	}
	g.first = false
	g.w.Write(b)
}

// Close writes the incidents still held, the documents and the
// distractors, and ends the file. It does not close the underlying writer.
func (g *GoldWriter) Close() error {
	defer g.docs.f.Close()
	defer g.noise.f.Close()
	if g.err != nil {
		return g.err
	}
	for len(g.pending) > 0 {
		g.flushOne()
	}
	if g.err != nil {
		return g.err
	}
	g.w.WriteString("\n],\n\"documents\": [\n")
	if err := g.docs.copyTo(g.w); err != nil {
		return err
	}
	g.w.WriteString("\n],\n\"distractors\": [\n")
	if err := g.noise.copyTo(g.w); err != nil {
		return err
	}
	g.w.WriteString("\n]\n}\n")
	return g.w.Flush()
}

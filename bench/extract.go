package bench

import (
	"bytes"
	"context"
	"os"
	"path/filepath"

	"github.com/markusmobius/go-trafilatura"

	"tally"
	"tally/gen"
	"tally/ingest"
)

// corpus is a generated corpus with its truth, its reports parsed, and
// what tally extracted from them.
type corpus struct {
	gold     *gen.Gold
	reports  []gen.Report
	docs     []*tally.Document
	mentions [][]tally.Mention
	bytes    int64 // of cleaned text
}

// generate makes the plain-text and the HTML corpora.
func (r *runner) generate(ctx context.Context) error {
	var err error
	if r.text, err = newCorpus(gen.Config{Seed: r.opt.Seed, Reports: r.sz.textReports, HTMLShare: -1}); err != nil {
		return err
	}
	r.html, err = newCorpus(gen.Config{Seed: r.opt.Seed + 1, Reports: r.sz.htmlReports, HTMLShare: 1})
	return err
}

func newCorpus(cfg gen.Config) (*corpus, error) {
	g, reps, err := cfg.Collect()
	if err != nil {
		return nil, err
	}
	return &corpus{gold: g, reports: reps}, nil
}

// parse parses every report of c, once.
func (c *corpus) parse() error {
	if c.docs != nil {
		return nil
	}
	for _, rep := range c.reports {
		d, err := ingest.Parse(rep.Data, ingest.Source{Name: rep.Name})
		if err != nil {
			return err
		}
		c.docs = append(c.docs, d)
		c.bytes += int64(len(d.Text))
	}
	return nil
}

// extraction measures tally's extraction and the regexp baseline on one
// goroutine, over the same cleaned text.
func (r *runner) extraction(ctx context.Context) error {
	c := r.text
	if err := c.parse(); err != nil {
		return err
	}
	x := extractor()
	x.Document(c.docs[0]) // load the gazetteer and actor tables before timing
	c.mentions = make([][]tally.Mention, len(c.docs))
	per := perCore(r.sz.extractMin, func() {
		for i, d := range c.docs {
			c.mentions[i] = x.Document(d)
		}
	})
	r.res.ExtractMBs = round(mb(c.bytes)/per.Seconds(), 2)
	r.res.ExtractReportsS = round(float64(len(c.docs))/per.Seconds(), 1)

	rx := newRegexpExtractor()
	found := make([][]regexpClaim, len(c.docs))
	perRx := perCore(r.sz.extractMin, func() {
		for i, d := range c.docs {
			found[i] = rx.extract(d.Text)
		}
	})
	r.res.RegexpMBs = round(mb(c.bytes)/perRx.Seconds(), 2)
	r.res.RegexpRatio = round(r.res.ExtractMBs/r.res.RegexpMBs, 3)
	r.res.DocClaimsTally = docClaimsTally(c)
	r.res.DocClaimsRegexp = docClaimsRegexp(c, found)

	// Real reports, when the shared corpus is there.
	if r.opt.Corpus == "" {
		return nil
	}
	var docs []*tally.Document
	var size int64
	for _, sub := range []string{"seeds", "gvc-dev"} {
		paths, _ := filepath.Glob(filepath.Join(r.opt.Corpus, sub, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			d, err := ingest.Parse(raw, ingest.Source{Name: p})
			if err != nil {
				continue
			}
			docs = append(docs, d)
			size += int64(len(d.Text))
		}
	}
	if len(docs) == 0 {
		return nil
	}
	per = perCore(r.sz.extractMin, func() {
		for _, d := range docs {
			x.Document(d)
		}
	})
	r.res.ExtractCorpusMBs = round(mb(size)/per.Seconds(), 2)
	r.res.ExtractCorpusReportsS = round(float64(len(docs))/per.Seconds(), 1)
	r.res.ExtractCorpusReports = len(docs)
	return nil
}

// htmlParse measures tally's parse of HTML pages and go-trafilatura's
// extraction alone, with the options tally gives it, on one goroutine.
func (r *runner) htmlParse(ctx context.Context) error {
	pages := r.html.reports
	per := perCore(r.sz.extractMin, func() {
		for _, p := range pages {
			ingest.Parse(p.Data, ingest.Source{Name: p.Name})
		}
	})
	r.res.HTMLParsePagesS = round(float64(len(pages))/per.Seconds(), 1)
	var opts trafilatura.Options
	opts.EnableFallback = true
	opts.ExcludeComments = true
	opts.HtmlDateMode = trafilatura.Disabled
	per = perCore(r.sz.extractMin, func() {
		for _, p := range pages {
			trafilatura.Extract(bytes.NewReader(p.Data), opts)
		}
	})
	r.res.TrafilaturaPagesS = round(float64(len(pages))/per.Seconds(), 1)
	return nil
}

// claimKey is one figure one report gives, for scoring claims per report.
type claimKey struct {
	file, field string
	value       int
}

// goldClaims lists each report's figures; "more than N" also accepts N+1,
// as score.py does.
func goldClaims(g *gen.Gold) (map[claimKey]bool, map[claimKey]bool) {
	want := map[claimKey]bool{}
	accept := map[claimKey]bool{}
	add := func(c gen.GoldClaim) {
		k := claimKey{c.File, c.Field, c.Point()}
		want[k] = true
		accept[k] = true
		if c.Qualifier == "more than" {
			accept[claimKey{c.File, c.Field, c.Point() + 1}] = true
		}
	}
	for _, inc := range g.Incidents {
		for _, c := range inc.Claims {
			add(c)
		}
	}
	return want, accept
}

// score compares the distinct figures found per report with the gold's.
func score(want, accept, got map[claimKey]bool) PR {
	right := 0
	for k := range got {
		if accept[k] {
			right++
		}
	}
	found := 0
	for k := range want {
		more := claimKey{k.file, k.field, k.value + 1}
		if got[k] || (accept[more] && !want[more] && got[more]) {
			found++
		}
	}
	var pr PR
	if len(got) > 0 {
		pr.Precision = round(float64(right)/float64(len(got)), 3)
	}
	if len(want) > 0 {
		pr.Recall = round(float64(found)/float64(len(want)), 3)
	}
	return pr
}

func docClaimsTally(c *corpus) PR {
	want, accept := goldClaims(c.gold)
	got := map[claimKey]bool{}
	for i, ms := range c.mentions {
		for _, m := range ms {
			for _, cl := range m.Claims {
				if cl.Subset || cl.Vague || cl.Low == nil {
					continue
				}
				switch cl.Field {
				case tally.FieldKilled, tally.FieldInjured, tally.FieldAbducted:
					got[claimKey{c.reports[i].Name, string(cl.Field), *cl.Low}] = true
				}
			}
		}
	}
	return score(want, accept, got)
}

func docClaimsRegexp(c *corpus, found [][]regexpClaim) PR {
	want, accept := goldClaims(c.gold)
	got := map[claimKey]bool{}
	for i, cs := range found {
		for _, cl := range cs {
			got[claimKey{c.reports[i].Name, cl.field, cl.value}] = true
		}
	}
	return score(want, accept, got)
}

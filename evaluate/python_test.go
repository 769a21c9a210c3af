package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tally/export"
	"tally/extract"
	"tally/pipeline"
	"tally/reconcile"
	"tally/source"
	"tally/sqlite"
)

// The independent scorer and the corpora sit beside the repository.
const (
	scorer = "../../shared/eval/score.py"
	corpus = "../../shared/corpus"
	golds  = "../../shared/eval"
)

// python returns the python3 to run score.py with, if it and score.py are
// there.
func python() (string, bool) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", false
	}
	if _, err := os.Stat(scorer); err != nil {
		return "", false
	}
	return py, true
}

// needPython skips a test when python3 or score.py is not there.
func needPython(t *testing.T) string {
	t.Helper()
	py, ok := python()
	if !ok {
		t.Skip("python3 or score.py not found")
	}
	return py
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// runScorer returns what score.py prints for gold and export files.
func runScorer(t *testing.T, py, gold, exp string, args ...string) string {
	t.Helper()
	cmd := exec.Command(py, append([]string{scorer, gold, exp}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py %s %s: %v\n%s", gold, exp, err, stderr.String())
	}
	return string(out)
}

// agree scores the files with score.py and with Score, and requires the
// same figures key by key, and the same printed output byte for byte.
func agree(t *testing.T, py, goldPath, exportPath string) Report {
	t.Helper()
	g, e := mustRead(t, goldPath, ReadGold), mustRead(t, exportPath, ReadExport)
	r := Score(g, e)

	pyJSON := runScorer(t, py, goldPath, exportPath, "--json")
	var want, got map[string]any
	if err := json.Unmarshal([]byte(pyJSON), &want); err != nil {
		t.Fatalf("score.py --json printed %q: %v", pyJSON, err)
	}
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("Report.MarshalJSON gave %s: %v", b, err)
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s: Go %v, score.py %v", k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: Go has it, score.py does not", k)
		}
	}

	var line bytes.Buffer
	r.WriteJSON(&line)
	if line.String() != pyJSON {
		t.Errorf("--json line differs:\nGo:        %sscore.py:  %s", line.String(), pyJSON)
	}
	pyText := runScorer(t, py, goldPath, exportPath)
	var text bytes.Buffer
	r.WriteText(&text)
	if text.String() != pyText {
		diffLines(t, text.String(), pyText)
	}
	return r
}

// diffLines reports the first lines where Go's output and score.py's differ.
func diffLines(t *testing.T, got, want string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	shown := 0
	for i := 0; i < max(len(g), len(w)) && shown < 10; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("output line %d:\nGo:       %q\nscore.py: %q", i+1, gl, wl)
			shown++
		}
	}
}

func mustRead[T any](t *testing.T, path string, read func(r io.Reader) (*T, error)) *T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

// TestAgreesOnTestdata scores the hand-made pair in testdata, which
// exercises every rule, both ways.
func TestAgreesOnTestdata(t *testing.T) {
	py := needPython(t)
	r := agree(t, py, "testdata/gold.json", "testdata/export.json")
	if len(r.Details) == 0 {
		t.Error("no detail lines: the testdata should exercise every kind")
	}
}

// TestAgreesOnCorpus ingests the seeds and gvc-dev through the pipeline
// into a fresh store, exports it, and requires Score and score.py to agree
// on every combination of export and gold file.
func TestAgreesOnCorpus(t *testing.T) {
	py := needPython(t)
	for _, d := range []string{"seeds", "gvc-dev"} {
		if _, err := os.Stat(filepath.Join(corpus, d)); err != nil {
			t.Skipf("corpus %s not found beside the repository", d)
		}
	}
	if testing.Short() {
		t.Skip("ingests 97 reports")
	}
	dir := t.TempDir()
	exports := map[string][]string{
		"seeds":    {"seeds"},
		"gvc-dev":  {"gvc-dev"},
		"combined": {"seeds", "gvc-dev"},
	}
	paths := map[string]string{}
	for name, dirs := range exports {
		paths[name] = filepath.Join(dir, name+".json")
		writeCorpusExport(t, filepath.Join(dir, name+".db"), paths[name], dirs)
	}
	for _, c := range []struct{ gold, export string }{
		{"seeds", "seeds"}, {"seeds", "combined"}, {"seeds", "gvc-dev"},
		{"gvc-dev", "gvc-dev"}, {"gvc-dev", "combined"},
	} {
		t.Run(c.gold+"/"+c.export, func(t *testing.T) {
			r := agree(t, py, filepath.Join(golds, c.gold+".gold.json"), paths[c.export])
			t.Logf("%s", r.Summary())
		})
	}
}

// writeCorpusExport ingests corpus directories into a new store at db the
// way "tally ingest" does, and writes "tally export --format json" to out.
func writeCorpusExport(t *testing.T, db, out string, dirs []string) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var args []string
	for _, d := range dirs {
		args = append(args, filepath.Join(corpus, d))
	}
	entries, _, errs := source.Expand(args)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p := &pipeline.Pipeline{Store: s, Extract: extract.New(nil, nil).Document, Derive: pipeline.Derive(reconcile.DefaultPolicy)}
	if res, err := p.Ingest(ctx, entries); err != nil || res.Failed > 0 {
		t.Fatalf("ingest: %+v, %v", res, err)
	}
	data, err := pipeline.ExportData(ctx, s, "", true)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, data); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// ExportOf must read the same as the file.
	fromData, err := ExportOf(data)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := mustRead(t, out, ReadExport)
	if len(fromData.Incidents) != len(fromFile.Incidents) || len(fromData.Documents) != len(fromFile.Documents) {
		t.Errorf("ExportOf read %d incidents, the file %d", len(fromData.Incidents), len(fromFile.Incidents))
	}
}

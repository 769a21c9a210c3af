package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tally"
	"tally/sqlite"
)

// TestMain lets a test run the tally command in a child process: with
// TALLY_TEST_CHILD set, the test binary is tally.
func TestMain(m *testing.M) {
	if os.Getenv("TALLY_TEST_CHILD") == "1" {
		var args []string
		json.Unmarshal([]byte(os.Getenv("TALLY_TEST_ARGS")), &args)
		os.Exit(run(context.Background(), args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

const corpus = "../../../shared/corpus"

// tallyRun runs tally in-process and returns its exit status and output.
func tallyRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func needCorpus(t *testing.T) {
	if _, err := os.Stat(filepath.Join(corpus, "seeds")); err != nil {
		t.Skip("shared corpus not found beside the repository")
	}
}

func TestIngestCorpusTwice(t *testing.T) {
	needCorpus(t)
	db := filepath.Join(t.TempDir(), "t.db")
	seeds, gvc := filepath.Join(corpus, "seeds"), filepath.Join(corpus, "gvc-dev")
	code, out, errs := tallyRun(t, "--db", db, "ingest", seeds, gvc)
	if code != 0 || !strings.Contains(out, "stored 97 new reports; 0 already present") {
		t.Fatalf("first ingest: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = tallyRun(t, "--db", db, "ingest", seeds, gvc)
	if code != 0 || !strings.Contains(out, "stored 0 new reports; 97 already present") {
		t.Fatalf("second ingest: exit %d, out %q", code, out)
	}
	code, out, _ = tallyRun(t, "--db", db, "export", "--format", "json")
	var exp struct {
		Documents []map[string]any `json:"documents"`
		Incidents []map[string]any `json:"incidents"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &exp) != nil {
		t.Fatalf("export: exit %d, %q", code, out[:min(200, len(out))])
	}
	if len(exp.Documents) != 97 || len(exp.Incidents) == 0 {
		t.Errorf("export lists %d documents and %d incidents; want 97 and some", len(exp.Documents), len(exp.Incidents))
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "Gunmen attack village\n\nGunmen attacked a village in the hills on Monday, killing four people, officials said.\n"
	must(t, os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644))
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i*7 + i/3)
	}
	must(t, os.WriteFile(filepath.Join(dir, "random.bin.txt"), bin, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	must(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")))
	// A 100 MB file, sparse so the test writes almost nothing.
	big, err := os.Create(filepath.Join(dir, "huge.txt"))
	must(t, err)
	must(t, big.Truncate(100<<20))
	big.Close()

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			time.Sleep(2 * time.Second)
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "t.db")
	code, out, errs := tallyRun(t, "--db", db, "ingest", "--timeout", "300ms", dir, srv.URL+"/missing", srv.URL+"/slow")
	if code != 1 {
		t.Errorf("exit %d; want 1 when anything failed", code)
	}
	if !strings.Contains(out, "stored 1 new report") {
		t.Errorf("summary %q; want the good report stored", out)
	}
	for _, want := range []string{
		"random.bin.txt: binary file",
		"empty.txt: empty file",
		"dangling.txt: no such file",
		"huge.txt: file is 100 MB, over the 16 MB limit",
		"/missing: HTTP 404 Not Found",
		"/slow: timed out after 300ms",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	// One line per failure, nothing else.
	if n := strings.Count(strings.TrimSpace(errs), "\n") + 1; n != 6 {
		t.Errorf("stderr has %d lines; want 6:\n%s", n, errs)
	}
}

func TestIngestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	var out, errb bytes.Buffer
	in := strings.NewReader("Bomb hits market\n\nA bomb exploded in a market on Friday, killing two people, police said.\n")
	if code := run(context.Background(), []string{"--db", db, "ingest", "-"}, in, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	code, docs, _ := tallyRun(t, "--db", db, "documents", "--json")
	if code != 0 || !strings.Contains(docs, `"title": "Bomb hits market"`) || !strings.Contains(docs, `"path": "-"`) {
		t.Errorf("documents: %s", docs)
	}
}

func TestDefaultDatabaseFollowsEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TALLY_DB", "")
	t.Setenv("XDG_DATA_HOME", dir)
	if p, _ := dbPath(""); p != filepath.Join(dir, "tally", "tally.db") {
		t.Errorf("default path %q; want under XDG_DATA_HOME", p)
	}
	t.Setenv("TALLY_DB", filepath.Join(dir, "x.db"))
	if p, _ := dbPath(""); p != filepath.Join(dir, "x.db") {
		t.Errorf("with TALLY_DB: %q", p)
	}
	if p, _ := dbPath("flag.db"); p != "flag.db" {
		t.Errorf("with --db: %q", p)
	}
}

// TestKilledIngestLeavesWholeReports kills a child process mid-ingest and
// checks that every report it committed is whole and none is partial, and
// that a second run completes the set.
func TestKilledIngestLeavesWholeReports(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	const n = 400
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("Clash in district %d\n\nFighters clashed with police in district %d on Tuesday, killing %d people and wounding %d others, officials said. Residents said the fighting lasted until dawn and that shops stayed shut.\n", i, i, i%9+1, i%5+2)
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)), []byte(body), 0o644))
	}
	db := filepath.Join(t.TempDir(), "t.db")
	args, _ := json.Marshal([]string{"--db", db, "ingest", "--workers", "1", dir})
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TALLY_TEST_CHILD=1", "TALLY_TEST_ARGS="+string(args))
	must(t, cmd.Start())
	// Wait until some reports are committed, then kill without warning.
	deadline := time.Now().Add(60 * time.Second)
	for {
		if count(t, db) >= 5 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	got := count(t, db)
	if got == 0 {
		t.Fatal("no report committed before the kill")
	}
	s, err := sqlite.Open(db)
	must(t, err)
	docs, _, err := s.FindDocuments(context.Background(), tally.DocumentFilter{})
	must(t, err)
	for _, d := range docs {
		full, err := s.FindDocumentByID(context.Background(), d.ID)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if full.Text == "" || len(full.Lines) == 0 || full.Lines[len(full.Lines)-1].Span.End > len(full.Text) {
			t.Errorf("%s is partial: %d bytes, %d lines", d.ID, len(full.Text), len(full.Lines))
		}
		ms, err := s.FindMentions(context.Background(), tally.MentionFilter{Document: d.ID})
		if err != nil || len(ms) == 0 {
			t.Errorf("%s has no mentions (%v): stored without its claims", d.ID, err)
		}
	}
	s.Close()
	t.Logf("%d of %d reports committed before the kill", got, n)
	code, out, errs := tallyRun(t, "--db", db, "ingest", dir)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("stored %d new reports; %d already present", n-got, got)) {
		t.Errorf("resume: exit %d, %q %q", code, out, errs)
	}
}

func count(t *testing.T, db string) int {
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	s, err := sqlite.Open(db)
	if err != nil {
		return 0
	}
	defer s.Close()
	_, total, err := s.FindDocuments(context.Background(), tally.DocumentFilter{Limit: 1})
	if err != nil {
		return 0
	}
	return total
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

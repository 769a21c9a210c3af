package web

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"tally"
	"tally/pipeline"
)

// These tests drive the pages in headless Chromium (Debian's chromium
// package; .ci/run installs it). They skip when it is missing.

var screenshots = flag.Bool("screenshots", false, "also write the incident page's screenshot to ../docs/incident.png for the README")

// seedsDir holds the five seed reports of the shared corpus, read at run time.
const seedsDir = "../../shared/corpus/seeds"

// chromiumPath finds the browser: $TALLY_CHROMIUM when set, else Debian's.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TALLY_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("browser tests skipped: TALLY_CHROMIUM=%s does not exist", p)
		}
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	t.Skip("browser tests skipped: /usr/bin/chromium is not installed (apt-get install --no-install-recommends chromium)")
	return ""
}

// outputDir is where screenshots go: $TALLY_TEST_OUTPUT when set, else a
// temporary folder.
func outputDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("TALLY_TEST_OUTPUT")
	if dir == "" {
		return t.TempDir()
	}
	dir = filepath.Join(dir, "web")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser is one headless Chromium tab that records what a page must never
// do: reach beyond this machine, open a dialog, throw, or break the CSP.
type browser struct {
	ctx  context.Context
	base string

	mu       sync.Mutex
	problems []string
	dialogs  []string
}

func newBrowser(t *testing.T, base string) *browser {
	t.Helper()
	exe := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		// The network is off: every request but loopback goes to a proxy
		// that is not there. Chromium bypasses proxies for loopback.
		chromedp.ProxyServer("http://127.0.0.1:9"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	b := &browser{ctx: ctx, base: base}
	if err := chromedp.Do(ctx); err != nil { // start the browser with no timeout
		t.Fatalf("starting chromium: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(ev.Request.URL)
			if err != nil || (u.Scheme != "data" && u.Scheme != "about" && u.Hostname() != "127.0.0.1") {
				b.problem("request beyond this machine: %s", ev.Request.URL)
			}
		case *page.EventJavascriptDialogOpening:
			b.mu.Lock()
			b.dialogs = append(b.dialogs, string(ev.Type)+": "+ev.Message)
			b.mu.Unlock()
			// A dialog blocks the page: dismiss it from another goroutine.
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventExceptionThrown:
			b.problem("exception: %s %s", ev.ExceptionDetails.Text, exceptionDescription(ev))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				b.problem("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		case *log.EventEntryAdded:
			// CSP violations and failed loads are reported here.
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning || ev.Entry.Source == log.EntrySourceSecurity {
				b.problem("log %s/%s: %s %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func exceptionDescription(ev *runtime.EventExceptionThrown) string {
	if ev.ExceptionDetails.Exception != nil {
		return ev.ExceptionDetails.Exception.Description
	}
	return ""
}

func (b *browser) problem(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

// check fails the test for anything the page did that it must not.
func (b *browser) check(t *testing.T, where string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("%s: %s", where, p)
	}
	for _, d := range b.dialogs {
		t.Errorf("%s: a JavaScript dialog opened (script ran from report text?): %s", where, d)
	}
	b.problems, b.dialogs = nil, nil
}

// run runs actions with a time limit, failing the test on error.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func evalJS[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// open navigates to path and waits for app.js to have run.
func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	b.do(t, "open "+path, chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS(`html[data-app="ready"]`)))
}

// waitFor polls a JavaScript condition until it holds.
func (b *browser) waitFor(t *testing.T, what, cond string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, cond, err)
	}
}

func (b *browser) screenshot(t *testing.T, dir, name string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	return png
}

// seededServer ingests the five seed reports and serves them with writes on.
func seededServer(t *testing.T) (*httptest.Server, tally.Store, *pipeline.Pipeline) {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("browser tests skipped: the seed reports are not at %s", seedsDir)
	}
	s, p := newPipeline(t)
	mustIngestDir(t, p, seedsDir)
	srv := httptest.NewServer(New(Config{Store: s, Ingester: p, AllowIngest: true}))
	t.Cleanup(srv.Close)
	return srv, s, p
}

func TestBrowserSeeds(t *testing.T) {
	chromiumPath(t)
	srv, s, _ := seededServer(t)
	out := outputDir(t)
	b := newBrowser(t, srv.URL)
	ashraf := mustHaveIncident(t, s, "Camp Ashraf", "2013-09-01")

	// 1. The incidents page: table, map with its basemap, timeline.
	b.open(t, "/")
	b.waitFor(t, "map markers", `document.querySelectorAll("#incidents-map path.leaflet-interactive").length >= 3`)
	b.waitFor(t, "basemap", `document.querySelector("#incidents-map canvas") !== null && !document.querySelector("#incidents-map").hasAttribute("data-basemap-error")`)
	b.waitFor(t, "timeline", `document.querySelector("#incidents-timeline .uplot canvas") !== null`)
	table := evalJS[string](t, b, `document.querySelector("table.incidents").innerText`)
	if !strings.Contains(table, "Camp Ashraf") || !strings.Contains(table, "44–52 (52)") {
		t.Errorf("incidents table:\n%s", table)
	}
	b.screenshot(t, out, "incidents.png")
	b.check(t, "incidents page")

	// Sorting and filtering go through htmx, under the CSP.
	b.do(t, "sort by killed", chromedp.Click(chromedp.CSS(`table.incidents thead a[href*="sort=killed"]`)))
	b.waitFor(t, "sorted table", `location.search.includes("sort=killed") && document.querySelector("table.incidents tbody tr td:nth-child(4)").innerText === "44–52 (52)" && document.querySelector("th[aria-sort]").innerText.startsWith("Killed")`)
	b.do(t, "filter", chromedp.SendKeys(chromedp.CSS("#f-place"), "Liberty"))
	b.waitFor(t, "filtered table", `document.querySelectorAll("table.incidents tbody tr").length === 1 && document.querySelectorAll("#incidents-map path.leaflet-interactive").length === 1`)
	b.check(t, "sorting and filtering")

	// 2. The 2013 Camp Ashraf incident, reached from the table.
	b.open(t, "/")
	b.do(t, "open the 2013 incident",
		chromedp.Click(chromedp.CSS(`table.incidents a[href="/incidents/`+ashraf.ID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("#h-matrix")))
	killed := evalJS[[]string](t, b, `[...document.querySelectorAll("#figure-killed td")].map(td => td.innerText.trim())`)
	if len(killed) < 4 || killed[0] != "44" || killed[1] != "52" || killed[2] != "52" || killed[3] != "contested" {
		t.Errorf("killed figure row = %q, want 44 / 52 / 52 / contested", killed)
	}
	type matrixShape struct {
		Rows      int      `json:"rows"`
		Fields    []string `json:"fields"`
		Contested []string `json:"contested"`
		Killed    []string `json:"killed"`
	}
	m := evalJS[matrixShape](t, b, `({
		rows: document.querySelectorAll("table.matrix tbody tr").length,
		fields: [...document.querySelectorAll("table.matrix thead th")].slice(1).map(th => th.firstChild.textContent.trim()),
		contested: [...document.querySelectorAll("table.matrix thead th.contested")].map(th => th.firstChild.textContent.trim()),
		killed: [...document.querySelectorAll('table.matrix td[data-field="killed"] a.claim')].map(a => a.innerText),
	})`)
	if m.Rows != len(ashraf.Documents) || m.Rows != 4 {
		t.Errorf("matrix has %d rows, want one per report (%d)", m.Rows, len(ashraf.Documents))
	}
	if strings.Join(m.Fields, ",") != "killed,injured,abducted,detained,missing,start_time,perpetrator,narrative" {
		t.Errorf("matrix columns = %q", m.Fields)
	}
	if len(m.Contested) == 0 || m.Contested[0] != "killed" {
		t.Errorf("contested columns = %q, want killed first", m.Contested)
	}
	if !strings.Contains(strings.Join(m.Killed, " "), "52") || !strings.Contains(strings.Join(m.Killed, " "), "44") {
		t.Errorf("killed cells = %q", m.Killed)
	}
	b.waitFor(t, "incident map", `document.querySelector("#incident-map path.leaflet-interactive") !== null && document.querySelector("#incident-map canvas") !== null`)
	b.waitFor(t, "evolution chart", `document.querySelector("#evolution-chart .uplot canvas") !== null`)
	b.screenshot(t, out, "incident.png")
	if *screenshots {
		// For the README: the top of the page (facts, map, figures and the
		// claims matrix), not the whole scroll.
		b.do(t, "size the viewport", chromedp.EmulateViewport(1280, 1560), chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
		ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../docs/incident.png", png, 0o644); err != nil {
			t.Error(err)
		}
		b.do(t, "reset the viewport", chromedp.ResetViewport())
	}
	b.check(t, "incident page")

	// 3. A matrix cell leads to its sentence in the evidence view.
	b.do(t, "follow the 52 of the first report that gives it",
		chromedp.Click(chromedp.CSS(`table.matrix td[data-field="killed"] a.claim[href*="#claim-"]:not(.subset):not(.vague)`)),
		chromedp.WaitVisible(chromedp.CSS("article.report")))
	type target struct {
		Hash, Tag, Text, Tip string
		Marks, Boiler        int
	}
	tg := evalJS[target](t, b, `(() => {
		const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
		const mark = el && el.closest("mark.claim");
		return {
			hash: location.hash, tag: mark ? mark.tagName : "", text: mark ? mark.innerText : "",
			tip: mark ? mark.getAttribute("aria-describedby") : "",
			marks: document.querySelectorAll("article.report mark.claim[tabindex='0']").length,
			boiler: document.querySelectorAll(".line.boilerplate").length,
		};
	})()`)
	if !strings.HasPrefix(tg.Hash, "#claim-") || tg.Tag != "MARK" || !strings.Contains(tg.Text, "4") || tg.Marks == 0 {
		t.Errorf("evidence target = %+v", tg)
	}
	// Focusing a highlight with the keyboard shows its tooltip.
	b.do(t, "focus a highlight", chromedp.Focus(chromedp.CSS("article.report mark.claim")))
	tip := evalJS[string](t, b, `(() => {
		const m = document.activeElement;
		const tip = document.getElementById(m.getAttribute("aria-describedby"));
		return getComputedStyle(tip).display + "|" + tip.innerText;
	})()`)
	if !strings.HasPrefix(tip, "block|") || !strings.Contains(strings.ToLower(tip), "killed") && !strings.Contains(strings.ToLower(tip), "narrative") && !strings.Contains(strings.ToLower(tip), "perpetrator") {
		t.Errorf("focused highlight's tooltip = %q", tip)
	}
	b.screenshot(t, out, "evidence.png")
	b.check(t, "evidence view")

	// A report with boilerplate shows it greyed.
	docs, _, err := s.FindDocuments(t.Context(), tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	boiler := 0
	for _, d := range docs {
		b.open(t, "/documents/"+d.ID)
		n := evalJS[int](t, b, `document.querySelectorAll("p.line.boilerplate").length`)
		if n > 0 {
			color := evalJS[string](t, b, `getComputedStyle(document.querySelector("p.line.boilerplate")).color`)
			body := evalJS[string](t, b, `getComputedStyle(document.querySelector("p.line.body") || document.body).color`)
			if color == body {
				t.Errorf("%s: boilerplate has the body's colour %s", d.ID[:8], color)
			}
		}
		boiler += n
	}
	if boiler == 0 {
		t.Error("no seed report shows a boilerplate line")
	}
	b.check(t, "evidence views")

	// 4. Search and the other pages.
	b.open(t, "/search?q=Ashraf+massacre")
	hits := evalJS[int](t, b, `document.querySelectorAll("ol.hits li").length`)
	marks := evalJS[int](t, b, `document.querySelectorAll("ol.hits p.snippet mark").length`)
	if hits == 0 || marks == 0 {
		t.Errorf("search: %d hits, %d marks", hits, marks)
	}
	b.screenshot(t, out, "search.png")
	b.open(t, "/documents")
	b.open(t, "/ingest")
	b.screenshot(t, out, "ingest.png")
	b.check(t, "search, reports and ingest pages")
	t.Logf("screenshots in %s", out)
}

func TestBrowserIngestAndXSS(t *testing.T) {
	chromiumPath(t)
	s, p := newPipeline(t)
	mustIngestDir(t, p, "../examples/reports")
	srv := httptest.NewServer(New(Config{Store: s, Ingester: p, AllowIngest: true}))
	t.Cleanup(srv.Close)
	out := outputDir(t)
	b := newBrowser(t, srv.URL)

	// Ingest the hostile report through the browser's paste form.
	b.open(t, "/ingest")
	b.do(t, "paste the report",
		chromedp.SetValue(chromedp.CSS("#text-name"), "<i>name</i>"),
		chromedp.SetValue(chromedp.CSS("#text-body"), xssReport),
		chromedp.Click(chromedp.CSS("#ingest-text button")))
	b.waitFor(t, "the ingest result", `document.querySelector("#ingest-result .result") !== null`)
	result := evalJS[string](t, b, `document.querySelector("#ingest-result").innerText`)
	if !strings.Contains(result, "Added") || !strings.Contains(result, "<script>alert(1)</script>") {
		t.Errorf("ingest result = %q", result)
	}
	if v := evalJS[string](t, b, `document.querySelector("#text-body").value`); v != "" {
		t.Errorf("the form was not cleared after ingest: %q", v)
	}
	b.screenshot(t, out, "ingest-result.png")

	// Upload a file through the third form (multipart, through htmx).
	file := filepath.Join(t.TempDir(), "gao.txt")
	if err := os.WriteFile(file, []byte("TITLE: Gao shelling\nPUBLISHED: 2024-09-02\n\nShelling killed 4 civilians in Gao on Monday, a doctor said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(t, "upload a file",
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{file}),
		chromedp.Click(chromedp.CSS("#ingest-file button")))
	b.waitFor(t, "the upload result", `document.querySelector("#ingest-result").innerText.includes("Gao shelling")`)
	b.check(t, "ingest")

	docs, _, err := s.FindDocuments(t.Context(), tally.DocumentFilter{Query: "onerror"})
	if err != nil || len(docs) != 1 {
		t.Fatalf("the report is not stored: %v %v", docs, err)
	}
	pages := []string{"/", "/documents", "/documents/" + docs[0].ID, "/search?q=alert+onerror", "/ingest"}
	incs, _, _ := s.FindIncidents(t.Context(), tally.IncidentFilter{})
	for _, inc := range incs {
		for _, d := range inc.Documents {
			if d == docs[0].ID {
				pages = append(pages, "/incidents/"+inc.ID)
			}
		}
	}
	for _, path := range pages {
		b.open(t, path)
		// Hover and focus every highlight, so tooltips render too.
		evalJS[chromedp.Void](t, b, `document.querySelectorAll("article.report mark.claim").forEach(m => { m.focus(); m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})); })`)
		inert := evalJS[map[string]int](t, b, `({
			img: document.querySelectorAll('img[src="x"], img[onerror]').length,
			svg: document.querySelectorAll('svg[onload]').length,
			bold: document.querySelectorAll('b[onmouseover]').length,
			js: document.querySelectorAll('a[href^="javascript:"]').length,
			scripts: [...document.scripts].filter(s => s.textContent.includes("alert(")).filter(s => s.type !== "application/json").length,
		})`)
		for what, n := range inert {
			if n != 0 {
				t.Errorf("%s: %d live %s elements from report text", path, n, what)
			}
		}
		b.check(t, path)
	}
	b.open(t, "/documents/"+docs[0].ID)
	if h1 := evalJS[string](t, b, `document.querySelector("h1").innerText`); h1 != "<script>alert(1)</script>" {
		t.Errorf("the title shows as %q, want the literal text", h1)
	}
	body := evalJS[string](t, b, `document.querySelector("article.report").innerText`)
	if !strings.Contains(body, "<img src=x onerror=alert(2)>") {
		t.Errorf("the body does not show the markup as text:\n%s", body)
	}
	b.screenshot(t, out, "xss-evidence.png")
	b.check(t, "evidence view of the hostile report")
}

package source_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/source"
)

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestExpandWalksDirectories(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "b")
	write(t, filepath.Join(dir, "a", "c.html"), "c")
	write(t, filepath.Join(dir, "news.rss"), "feed")
	write(t, filepath.Join(dir, "README.md"), "not a report")
	write(t, filepath.Join(dir, ".hidden.txt"), "hidden")
	write(t, filepath.Join(dir, ".git", "x.txt"), "hidden dir")
	entries, skipped, errs := source.Expand([]string{dir, "-", "https://example.org/x", filepath.Join(dir, "missing.txt")})
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimPrefix(e.Name, dir+"/"))
	}
	if got := strings.Join(names, " "); got != "a/c.html b.txt news.rss - https://example.org/x" {
		t.Errorf("entries = %s", got)
	}
	if skipped != 1 {
		t.Errorf("skipped = %d; want 1 (README.md)", skipped)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no such file") {
		t.Errorf("errs = %v; want one 'no such file'", errs)
	}
}

func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	write(t, big, strings.Repeat("x", 2048))
	it := source.Read(context.Background(), source.Entry{Name: big}, source.Options{MaxBytes: 1024})
	if tally.ErrorCode(it.Err) != tally.ETOOLARGE || !strings.Contains(it.Err.Error(), "over the 1 KB limit") {
		t.Errorf("big file: %v", it.Err)
	}
	it = source.Read(context.Background(), source.Entry{Name: "-"}, source.Options{MaxBytes: 4, Stdin: strings.NewReader("12345")})
	if tally.ErrorCode(it.Err) != tally.ETOOLARGE {
		t.Errorf("big stdin: %v", it.Err)
	}
	it = source.Read(context.Background(), source.Entry{Name: "-"}, source.Options{MaxBytes: 10, Stdin: strings.NewReader("hello")})
	if it.Err != nil || string(it.Data) != "hello" {
		t.Errorf("stdin = %q, %v", it.Data, it.Err)
	}
}

func TestReadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	p := filepath.Join(t.TempDir(), "locked.txt")
	write(t, p, "secret")
	os.Chmod(p, 0)
	it := source.Read(context.Background(), source.Entry{Name: p}, source.Options{})
	if it.Err == nil || !strings.Contains(it.Err.Error(), "permission denied") {
		t.Errorf("err = %v", it.Err)
	}
}

func TestFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>hi</p></body></html>"))
		case "/slow":
			time.Sleep(300 * time.Millisecond)
			w.Write([]byte("late"))
		case "/big":
			w.Write([]byte(strings.Repeat("x", 4096)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	opt := source.Options{Timeout: 100 * time.Millisecond, MaxBytes: 1024}
	tests := []struct {
		path, wantErr string
	}{
		{"/ok", ""},
		{"/missing", "HTTP 404 Not Found"},
		{"/slow", "timed out after 100ms"},
		{"/big", "limit"},
	}
	for _, tt := range tests {
		it := source.Read(context.Background(), source.Entry{Name: srv.URL + tt.path, URL: true}, opt)
		switch {
		case tt.wantErr == "" && it.Err != nil:
			t.Errorf("%s: %v", tt.path, it.Err)
		case tt.wantErr != "" && (it.Err == nil || !strings.Contains(it.Err.Error(), tt.wantErr)):
			t.Errorf("%s: err %v; want %q", tt.path, it.Err, tt.wantErr)
		}
		if tt.path == "/ok" && (it.ContentType != "text/html" || !strings.Contains(string(it.Data), "hi")) {
			t.Errorf("ok: %q %q", it.ContentType, it.Data)
		}
	}
}

// Package source reads reports from where users keep them: files,
// directories (recursively), standard input, and http(s) URLs. It is the I/O
// edge of ingest: it returns bytes and clear errors, and knows nothing of
// what the bytes mean.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tally"
)

// Entry is one report to read: a file path, "-" for standard input, or a URL.
type Entry struct {
	Name string // as the user gave it, or the path found under a directory
	URL  bool
}

// Item is what reading an entry gave: its bytes, or the error to report.
type Item struct {
	Entry
	Data        []byte
	FinalURL    string // the URL after redirects
	ContentType string
	Err         error
}

// Options limit reading.
type Options struct {
	MaxBytes  int64         // the largest report accepted; larger ones fail
	Timeout   time.Duration // for each URL fetch
	Client    *http.Client  // nil means a default client with Timeout
	Stdin     io.Reader     // nil means os.Stdin
	UserAgent string
}

// reportExt are the file extensions taken from directories. Files named on
// the command line are always read, whatever their name.
var reportExt = map[string]bool{
	".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true, ".shtml": true, ".pdf": true, "": true,
	".xml": true, ".rss": true, ".atom": true,
}

// Expand turns command-line arguments into entries: directories are walked
// recursively in name order, skipping hidden files and files whose extension
// is not a report's (a README.md beside the reports is not a report). It
// returns the entries it could list and one error per argument it could not.
func Expand(args []string) (entries []Entry, skipped int, errs []error) {
	for _, arg := range args {
		switch {
		case arg == "-":
			entries = append(entries, Entry{Name: "-"})
			continue
		case isURL(arg):
			entries = append(entries, Entry{Name: arg, URL: true})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", arg, plainFSError(err)))
			continue
		}
		if !info.IsDir() {
			entries = append(entries, Entry{Name: arg})
			continue
		}
		var found []string
		walkErr := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", p, plainFSError(err)))
				if d != nil && d.IsDir() && p != arg {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if !reportExt[strings.ToLower(filepath.Ext(name))] {
				skipped++
				return nil
			}
			found = append(found, p)
			return nil
		})
		if walkErr != nil {
			errs = append(errs, fmt.Errorf("%s: %w", arg, plainFSError(walkErr)))
		}
		sort.Strings(found)
		for _, p := range found {
			entries = append(entries, Entry{Name: p})
		}
	}
	return entries, skipped, errs
}

func isURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")
}

// Read reads one entry within the options' limits.
func Read(ctx context.Context, e Entry, opt Options) Item {
	it := Item{Entry: e}
	switch {
	case e.URL:
		it.Data, it.FinalURL, it.ContentType, it.Err = fetch(ctx, e.Name, opt)
	case e.Name == "-":
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		it.Data, it.Err = readLimited(in, opt.MaxBytes, "standard input")
	default:
		it.Data, it.Err = readFile(e.Name, opt.MaxBytes)
	}
	return it
}

func readFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, plainFSError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, plainFSError(err)
	}
	if info.IsDir() {
		return nil, tally.Errorf(tally.EINVALID, "is a directory")
	}
	if max > 0 && info.Size() > max {
		return nil, tooLarge(info.Size(), max)
	}
	return readLimited(f, max, "file")
}

func readLimited(r io.Reader, max int64, what string) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", what, err)
	}
	if int64(len(b)) > max {
		return nil, tooLarge(-1, max)
	}
	return b, nil
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return tally.Errorf(tally.ETOOLARGE, "larger than the %s limit (raise it with --max-size)", human(max))
	}
	return tally.Errorf(tally.ETOOLARGE, "file is %s, over the %s limit (raise it with --max-size)", human(size), human(max))
}

func human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// plainFSError words the common file-system failures for a user.
func plainFSError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return tally.Errorf(tally.ENOTFOUND, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return tally.Errorf(tally.EUNAUTHORIZED, "permission denied")
	}
	return err
}

func fetch(ctx context.Context, u string, opt Options) (data []byte, final, ctype string, err error) {
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	client := opt.Client
	if client == nil {
		client = &http.Client{Timeout: timeout}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", "", tally.Errorf(tally.EINVALID, "not a valid URL: %v", err)
	}
	ua := opt.UserAgent
	if ua == "" {
		ua = "tally (+https://example.invalid/tally)"
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		var ne net.Error
		if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
			return nil, "", "", tally.Errorf(tally.EINVALID, "timed out after %s", timeout)
		}
		return nil, "", "", tally.Errorf(tally.EINVALID, "fetch failed: %v", unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", tally.Errorf(tally.EINVALID, "HTTP %s", resp.Status)
	}
	if opt.MaxBytes > 0 && resp.ContentLength > opt.MaxBytes {
		return nil, "", "", tooLarge(resp.ContentLength, opt.MaxBytes)
	}
	data, err = readLimited(resp.Body, opt.MaxBytes, "response")
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, "", "", tally.Errorf(tally.EINVALID, "timed out after %s", timeout)
		}
		return nil, "", "", err
	}
	return data, resp.Request.URL.String(), resp.Header.Get("Content-Type"), nil
}

func unwrapURLError(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		if _, ok := err.(interface{ Timeout() bool }); ok {
			err = u
			continue
		}
		return u
	}
}

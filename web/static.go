package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// assets holds the pages' templates, tally's own script and style sheet,
// and the vendored libraries (see vendor.sh), so the binary serves every
// byte a page needs and nothing comes from a CDN.
//
//go:embed templates/*.html static openapi.json
var assets embed.FS

// staticFile is one embedded asset with its validator and, for text, a
// gzipped copy made on first request.
type staticFile struct {
	data  []byte
	etag  string
	ctype string
	once  sync.Once
	gz    []byte
}

// staticFiles serves the embedded static/ tree.
type staticFiles struct{ files map[string]*staticFile }

// staticSet is built once: the embedded files are the same for every server.
var staticSet = sync.OnceValue(newStaticFiles)

// assetURL returns the URL of a static file with its content hash, so
// pages can let browsers cache it for good: a new build changes the URL.
func assetURL(name string) string {
	f, ok := staticSet().files[name]
	if !ok {
		panic("web: no static file " + name)
	}
	return "/static/" + name + "?v=" + strings.Trim(f.etag, `"`)
}

func newStaticFiles() *staticFiles {
	sub, err := fs.Sub(assets, "static")
	if err != nil {
		panic(err)
	}
	sf := &staticFiles{files: map[string]*staticFile{}}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = http.DetectContentType(b)
		}
		sf.files[p] = &staticFile{data: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, ctype: ctype}
		return nil
	})
	if err != nil {
		panic(err)
	}
	return sf
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "javascript") || strings.Contains(ctype, "json") || strings.Contains(ctype, "svg")
}

// ServeHTTP serves one asset. A URL carrying the file's current hash (see
// assetURL) may be cached for good; any other is revalidated by ETag on
// each use, so an upgrade never leaves a browser on stale code.
func (sf *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := sf.files[strings.TrimPrefix(r.URL.Path, "/")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	if r.URL.Query().Get("v") == strings.Trim(f.etag, `"`) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("Vary", "Accept-Encoding")
	body, etag := f.data, f.etag
	if compressible(f.ctype) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && r.Header.Get("Range") == "" {
		f.once.Do(func() {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(f.data)
			zw.Close()
			f.gz = buf.Bytes()
		})
		body, etag = f.gz, strings.TrimSuffix(f.etag, `"`)+`-gz"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

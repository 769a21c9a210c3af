package bench

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"time"

	"tally"
	"tally/sqlite"
	"tally/web"
)

// api serves the plain-text ingest database with package web on
// 127.0.0.1 and times requests from concurrent clients of this process,
// bounded in number and in time: the mix a browser makes (incidents, one
// incident, its claims, documents, one document, search).
func (r *runner) api(ctx context.Context) error {
	s, err := sqlite.Open(r.ingestDB)
	if err != nil {
		return err
	}
	defer s.Close()
	incs, _, err := s.FindIncidents(ctx, tally.IncidentFilter{Limit: 200})
	if err != nil {
		return err
	}
	docs, _, err := s.FindDocuments(ctx, tally.DocumentFilter{Limit: 200})
	if err != nil {
		return err
	}
	if len(incs) == 0 || len(docs) == 0 {
		return fmt.Errorf("the ingest database is empty")
	}
	var paths []string
	for i := range 60 {
		inc, doc := incs[i%len(incs)], docs[i%len(docs)]
		paths = append(paths,
			"/api/v1/incidents?limit=50",
			"/api/v1/incidents/"+inc.ID,
			"/api/v1/incidents/"+inc.ID+"/claims",
			"/api/v1/documents?limit=50",
			"/api/v1/documents/"+doc.ID,
			"/api/v1/search?q="+[]string{"shooting", "killed", "market", "police"}[i%4],
		)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := httptest.NewUnstartedServer(web.New(web.Config{Store: s, Hosts: []string{"127.0.0.1"}}))
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	defer srv.Close()

	const clients = 8
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 10 * time.Second}
	ctx, cancel := context.WithTimeout(ctx, r.sz.apiTime)
	defer cancel()
	var (
		mu      sync.Mutex
		lat     []float64
		errs    int
		next    int
		wg      sync.WaitGroup
		request = func() (string, bool) {
			mu.Lock()
			defer mu.Unlock()
			if next >= r.sz.apiRequests {
				return "", false
			}
			next++
			return paths[next%len(paths)], true
		}
	)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				p, ok := request()
				if !ok {
					return
				}
				req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+p, nil)
				t := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				ms := time.Since(t).Seconds() * 1000
				mu.Lock()
				if err != nil || resp.StatusCode != http.StatusOK {
					if ctx.Err() == nil {
						errs++
					}
				} else {
					lat = append(lat, ms)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(lat) == 0 {
		return fmt.Errorf("no request succeeded (%d failed)", errs)
	}
	slices.Sort(lat)
	q := func(p float64) float64 { return round(lat[min(len(lat)-1, int(p*float64(len(lat))))], 2) }
	r.res.APIRequests, r.res.APIConcurrency, r.res.APIErrors = len(lat), clients, errs
	r.res.APIP50MS, r.res.APIP99MS = q(0.50), q(0.99)
	return nil
}

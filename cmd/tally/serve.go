package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"tally"
	"tally/ingest"
	"tally/pipeline"
	"tally/source"
	"tally/web"
)

func init() { register((*app).serveCommand) }

// Server timeouts. Writes get long: an ingest fetches a URL (up to
// --timeout), extracts, and re-derives every incident before it answers.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute
	writeTimeout      = 5 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

func (a *app) serveCommand() *cobra.Command {
	var (
		addr         string
		allowIngest  bool
		allowPrivate bool
		maxSize      int64
		timeout      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the incident record in a web browser, with a JSON API",
		Long: `Serve starts a web server with the incident record: the incidents on a
table, a map and a timeline; each incident with its figures explained, the
claims matrix and the competing accounts; each report with its claim
sentences highlighted; full-text search; and a JSON API under /api/v1
(described at /api/v1/openapi.json) in the shapes of tally export.

It listens on 127.0.0.1:8080 by default, so only this machine can reach it.
The pages fetch nothing from the internet.

Adding reports over the web (the ingest page and POST /api/v1/ingest) is off
unless --allow-ingest is given or the environment variable TALLY_TOKEN is
set. With TALLY_TOKEN, every write must carry the token (Authorization:
Bearer TOKEN, or the token field of the ingest page), with or without
--allow-ingest. URL ingest refuses loopback and private-network addresses
unless --allow-private-urls is given.

Stop the server with Ctrl-C; requests under way are given ` + shutdownTimeout.String() + ` to finish.`,
		Example: `  tally serve
  tally serve --allow-ingest
  TALLY_TOKEN=$(openssl rand -hex 16) tally serve --addr 0.0.0.0:8080`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if maxSize <= 0 {
				return tally.Errorf(tally.EINVALID, "--max-size must be positive")
			}
			s, err := a.openStore()
			if err != nil {
				return err
			}
			opt := source.Options{MaxBytes: maxSize, Timeout: timeout}
			if !allowPrivate {
				opt.Client = publicOnlyClient(timeout)
			}
			p := &pipeline.Pipeline{Store: s, Source: opt}
			if err := a.configure(p); err != nil {
				return err
			}
			token := os.Getenv("TALLY_TOKEN")
			logger := slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return tally.Errorf(tally.EINVALID, "cannot listen on %s: %v", addr, err)
			}
			loopback := isLoopback(ln.Addr())
			cfg := web.Config{
				Store: s, Ingester: p, Fetcher: urlFetcher{opt}, AllowIngest: allowIngest, Token: token,
				MaxUpload: maxSize, Logger: logger,
			}
			if loopback {
				// Only this machine's names: a web page cannot then reach
				// the server by rebinding its own domain to 127.0.0.1.
				cfg.Hosts = []string{"localhost", "127.0.0.1", "::1"}
				if h, _, err := net.SplitHostPort(addr); err == nil && h != "" {
					cfg.Hosts = append(cfg.Hosts, h)
				}
			}
			srv := &http.Server{
				Handler:           web.New(cfg),
				ReadHeaderTimeout: readHeaderTimeout,
				ReadTimeout:       readTimeout,
				WriteTimeout:      writeTimeout,
				IdleTimeout:       idleTimeout,
				MaxHeaderBytes:    64 << 10,
				ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
			}

			writes := "off (start with --allow-ingest, or set TALLY_TOKEN)"
			switch {
			case token != "":
				writes = "on, with the token in TALLY_TOKEN"
			case allowIngest:
				writes = "on, for anyone who can reach this address"
			}
			fmt.Fprintf(a.stdout, "tally: serving http://%s/ (adding reports over the web: %s); press Ctrl-C to stop\n", displayAddr(ln.Addr()), writes)
			if !loopback {
				fmt.Fprintf(a.stderr, "tally: warning: %s is reachable from other machines, and the server speaks plain HTTP\n", ln.Addr())
				if allowIngest && token == "" {
					fmt.Fprintln(a.stderr, "tally: warning: --allow-ingest without TALLY_TOKEN lets anyone on the network add reports")
				}
			}

			ctx := cmd.Context()
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			fmt.Fprintln(a.stdout, "tally: shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil {
				srv.Close()
				return fmt.Errorf("shutting down: %w", err)
			}
			if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port); the default is reachable from this machine only")
	cmd.Flags().BoolVar(&allowIngest, "allow-ingest", false, "let the web page and the API add reports (off by default)")
	cmd.Flags().BoolVar(&allowPrivate, "allow-private-urls", false, "let URL ingest fetch loopback and private-network addresses")
	cmd.Flags().Int64Var(&maxSize, "max-size", ingest.MaxBytes, "largest report accepted, in bytes, for uploads and fetched pages")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "time limit for fetching a URL")
	return cmd
}

// urlFetcher fetches reports for the web server through source.Read, with
// the CLI's limits.
type urlFetcher struct{ opt source.Options }

func (f urlFetcher) Fetch(ctx context.Context, url string) ([]byte, string, string, error) {
	lu := strings.ToLower(url)
	if !strings.HasPrefix(lu, "http://") && !strings.HasPrefix(lu, "https://") {
		return nil, "", "", tally.Errorf(tally.EINVALID, "only http and https URLs can be fetched")
	}
	it := source.Read(ctx, source.Entry{Name: url, URL: true}, f.opt)
	return it.Data, it.FinalURL, it.ContentType, it.Err
}

// publicOnlyClient is an HTTP client that refuses to connect to loopback,
// private, link-local and other non-public addresses, checked on the
// address actually dialled, so redirects and DNS tricks cannot turn the
// server against its own network.
func publicOnlyClient(timeout time.Duration) *http.Client {
	dialer := &net.Dialer{
		Timeout: timeout,
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || !publicIP(ip) {
				return tally.Errorf(tally.EINVALID, "refusing to fetch from %s, a local or private address (allow it with --allow-private-urls)", host)
			}
			return nil
		},
	}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   timeout,
		ResponseHeaderTimeout: timeout,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
	}
	return &http.Client{Timeout: timeout, Transport: tr}
}

func publicIP(ip net.IP) bool {
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified())
}

func isLoopback(addr net.Addr) bool {
	ta, ok := addr.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

// displayAddr writes a listening address as a URL host a browser can open.
func displayAddr(addr net.Addr) string {
	ta, ok := addr.(*net.TCPAddr)
	if !ok {
		return addr.String()
	}
	if ta.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", ta.Port)
	}
	return ta.String()
}

// Command tally turns conflicting reports about violent incidents into a
// cross-checked incident record. This package only wires tally's packages
// together; each subcommand lives in its own file.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"tally"
	"tally/extract"
	"tally/postgres"
	"tally/sqlite"
)

// exitError carries an exit status for failures already reported to the user.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes tally with args and returns the exit status. It is main
// without the process, for tests.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if app.store != nil {
		app.store.Close()
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	fmt.Fprintf(stderr, "tally: %s\n", message(err))
	if tally.ErrorCode(err) == tally.EINVALID {
		return 2
	}
	return 1
}

// message words an error for the terminal: our own errors as they are,
// anything else with its details (a CLI user is also its operator).
func message(err error) string {
	var e *tally.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}

// app holds what subcommands share.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dbPath         string
	store          tally.Store
	actorsFile     string
	placesFile     string
	x              *extract.Extractor
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "tally",
		Short: "Turn conflicting reports about violent incidents into a cross-checked incident record",
		Long: `tally reads news reports, NGO statements and other accounts of violent
incidents, extracts every claim with its evidence (who says how many were
killed, injured or abducted, when, where, by whom), links reports about the
same incident, and reconciles their figures into low/best/high ranges.

A typical session:

  tally ingest reports/            # read a directory of reports (text, HTML)
  tally documents                  # what was read, with dates and their basis
  tally incidents                  # the incidents found across reports
  tally export --format json > record.json

By default the database is a single SQLite file. It lives at $TALLY_DB when
set, else in the platform's data directory
(` + defaultDBPathHelp() + `);
--db overrides both.

To share one record, keep it in PostgreSQL: give --db, or $TALLY_DB, a
postgres:// or postgresql:// URL. tally creates its tables on first use.

  tally --db postgres://tally@db.example.org/tally ingest reports/
  TALLY_DB='postgresql://localhost/tally?sslmode=disable' tally incidents`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", "", "database file or postgres:// URL (default $TALLY_DB or "+defaultDBPathHelp()+")")
	root.PersistentFlags().StringVar(&a.actorsFile, "actors", "", "extra actor aliases, a TSV file in the format of actors/data/actors.tsv")
	root.PersistentFlags().StringVar(&a.placesFile, "places", "", "extra places, a TSV file in the format of gazetteer/data/tally-places.tsv")
	for _, c := range commands {
		root.AddCommand(c(a))
	}
	return root
}

// commands holds every subcommand's constructor; each subcommand's file
// registers its own in init, so adding one touches no other file.
var commands []func(*app) *cobra.Command

func register(c func(*app) *cobra.Command) { commands = append(commands, c) }

// openStore opens the database on first use: PostgreSQL when the --db or
// $TALLY_DB value is a postgres:// or postgresql:// URL, else a SQLite file.
func (a *app) openStore() (tally.Store, error) {
	if a.store != nil {
		return a.store, nil
	}
	path, err := dbPath(a.dbPath)
	if err != nil {
		return nil, err
	}
	if isPostgresURL(path) {
		s, err := postgres.Open(context.Background(), path)
		if err != nil {
			return nil, fmt.Errorf("opening database %s: %w", redactURL(path), err)
		}
		a.store = s
		return s, nil
	}
	s, err := sqlite.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	a.store = s
	return s, nil
}

// isPostgresURL reports whether a --db value names a PostgreSQL database.
func isPostgresURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// redactURL hides the password of a database URL, in its user part or its
// password parameter, so error messages can be shown and logged.
func redactURL(db string) string {
	u, err := url.Parse(db)
	if err != nil {
		return strings.SplitN(db, "://", 2)[0] + "://…"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

package actors

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"tally"
	"tally/country"
)

// LineError is a problem with one line of an actor file.
type LineError struct {
	Line int    // 1-based
	Msg  string // what is wrong and, where it helps, what is allowed
}

// Error formats the problem as "actors: line N: message".
func (e *LineError) Error() string { return fmt.Sprintf("actors: line %d: %s", e.Line, e.Msg) }

// maxErrors bounds the problems one LoadFile reports, so that a file in
// the wrong format gives a readable error rather than one per line.
const maxErrors = 20

// record is one parsed line of an actor file.
type record struct {
	line    int
	actor   tally.Actor
	parent  string
	aliases []string
}

var kinds = map[tally.ActorKind]bool{
	tally.ActorState: true, tally.ActorRebel: true, tally.ActorMilitia: true,
	tally.ActorGroup: true, tally.ActorCivilians: true, tally.ActorPerson: true,
	tally.ActorOrg: true, tally.ActorMedia: true, tally.ActorExternal: true,
}

var sourceKinds = map[tally.SourceKind]bool{
	tally.SourceOfficial: true, tally.SourceObserver: true, tally.SourceParty: true,
	tally.SourceWitness: true, tally.SourceMedia: true,
}

// LoadFile reads actors in the TSV format of data/actors.tsv (see doc.go)
// and adds them to the table. A line whose id the table or an earlier line
// already has extends that actor: its aliases are added, and its non-empty
// fields replace the old ones, so a user's file can add spellings to the
// built-in actors without repeating them.
//
// The file is checked whole before anything is added: on error the table
// is unchanged and the error lists every bad line (up to 20) as
// *LineError values joined with errors.Join.
func (t *Table) LoadFile(r io.Reader) error {
	recs, err := t.parse(r)
	if err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, rec := range recs {
		rec.actor.Aliases = rec.aliases
		t.add(rec.actor, rec.parent, false)
	}
	return nil
}

// parse reads and checks an actor file against the table.
func (t *Table) parse(r io.Reader) ([]record, error) {
	t.mu.RLock()
	known := make(map[string]bool, len(t.byID))
	for id := range t.byID {
		known[id] = true
	}
	t.mu.RUnlock()

	var recs []record
	var errs []error
	bad := func(line int, format string, args ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, &LineError{Line: line, Msg: fmt.Sprintf(format, args...)})
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > 8 {
			bad(n, "%d columns, want at most 8: id, name, kind, country, source, origin, aliases, parent", len(f))
			continue
		}
		for len(f) < 8 {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rec := record{line: n, parent: f[7]}
		a := &rec.actor
		a.ID, a.Name = f[0], f[1]
		a.Kind, a.Country = tally.ActorKind(f[2]), strings.ToUpper(f[3])
		a.Source, a.Origin = tally.SourceKind(f[4]), f[5]
		ok := true
		switch {
		case a.ID == "":
			bad(n, "empty id")
			ok = false
		case !validID(a.ID):
			bad(n, "id %q: use lower-case letters, digits, '-', '_' and '.'", a.ID)
			ok = false
		}
		if a.Kind != "" && !kinds[a.Kind] {
			bad(n, "kind %q: want one of state, rebel, militia, group, civilians, person, organisation, media, external", a.Kind)
			ok = false
		}
		if a.Source != "" && !sourceKinds[a.Source] {
			bad(n, "source %q: want official, observer, party, witness, media or empty", a.Source)
			ok = false
		}
		if a.Country != "" {
			if _, found := country.ByCode(a.Country); !found {
				bad(n, "country %q: want an ISO 3166-1 alpha-2 code known to package country", f[3])
				ok = false
			}
		}
		if a.Origin != "" && !validID(a.Origin) {
			bad(n, "origin %q: use lower-case letters, digits, '-', '_' and '.'", a.Origin)
			ok = false
		}
		if ok && !known[a.ID] {
			if a.Name == "" {
				bad(n, "new actor %q needs a name (or is the id misspelt?)", a.ID)
				ok = false
			}
			if a.Kind == "" {
				bad(n, "new actor %q needs a kind", a.ID)
				ok = false
			}
		}
		if f[6] != "" {
			for _, s := range strings.Split(f[6], "|") {
				s = strings.TrimSpace(s)
				if s == "" {
					continue
				}
				if toks, _ := scan(s, nil, nil); len(toks) == 0 {
					bad(n, "alias %q has no letters or digits", s)
					ok = false
					continue
				} else if len(toks) > maxTokens {
					bad(n, "alias %q has more than %d words", s, maxTokens)
					ok = false
					continue
				}
				rec.aliases = append(rec.aliases, s)
			}
		}
		if ok {
			known[a.ID] = true
			recs = append(recs, rec)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("actors: line %d: %w", n+1, err))
	}
	for _, rec := range recs {
		if rec.parent != "" && !known[rec.parent] {
			bad(rec.line, "parent %q is not a known actor id", rec.parent)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return recs, nil
}

func validID(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return s != ""
}

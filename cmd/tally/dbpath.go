package main

import (
	"os"
	"path/filepath"
	"runtime"

	"tally"
)

// dbPath decides where the database lives: the --db flag, then $TALLY_DB,
// then the platform's data directory (the XDG base directory on Linux).
func dbPath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if env := os.Getenv("TALLY_DB"); env != "" {
		return env, nil
	}
	dir, err := dataDir()
	if err != nil {
		return "", tally.Errorf(tally.EINVALID, "no home directory to keep the database in: set TALLY_DB or pass --db (%v)", err)
	}
	return filepath.Join(dir, "tally", "tally.db"), nil
}

// dataDir is the user's data directory: $XDG_DATA_HOME or ~/.local/share on
// Linux and BSDs, ~/Library/Application Support on macOS, %LocalAppData% on
// Windows.
func dataDir() (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return d, nil
		}
		return os.UserConfigDir()
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share"), nil
}

func defaultDBPathHelp() string {
	switch runtime.GOOS {
	case "windows":
		return `%LocalAppData%\tally\tally.db`
	case "darwin":
		return "~/Library/Application Support/tally/tally.db"
	}
	return "$XDG_DATA_HOME/tally/tally.db, by default ~/.local/share/tally/tally.db"
}

package main

import (
	"archive/tar"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"tally"
	"tally/gen"
)

func init() { register((*app).genCommand) }

func (a *app) genCommand() *cobra.Command {
	var (
		seed      int64
		n         int
		htmlShare float64
		out       string
		tarPath   string
		goldPath  string
	)
	cmd := &cobra.Command{
		Use:   "gen --out DIR | --tar FILE",
		Short: "Write a synthetic newswire with its ground truth",
		Long: `Gen writes N synthetic reports about violent incidents in real towns, by
several fictional outlets each, with figures that conflict and grow over
publication time, relative dates, web clutter and numbers that are not tolls,
and the ground truth in the gold format of ../shared/eval (gold.json), so
that tally can be measured on reports with known answers:

  tally gen --n 500 --out /tmp/wire
  tally --db /tmp/wire.db ingest /tmp/wire
  tally --db /tmp/wire.db export --format json > /tmp/wire.json
  python3 ../shared/eval/score.py /tmp/wire/gold.json /tmp/wire.json

The same seed always gives the same bytes. Reports stream to disk: memory
stays small for any N. With more than 10,000 reports they are sharded into
subdirectories of 1,000. --tar writes one tar stream instead (- for stdout),
with gold.json last.`,
		Example: `  tally gen --n 1000 --out wire/
  tally gen --n 100000 --seed 7 --html-share 0.5 --tar - | gzip > wire.tar.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (out == "") == (tarPath == "") {
				return tally.Errorf(tally.EINVALID, "give one of --out DIR or --tar FILE")
			}
			if n < 1 {
				return tally.Errorf(tally.EINVALID, "--n must be at least 1")
			}
			if htmlShare < 0 || htmlShare > 1 {
				return tally.Errorf(tally.EINVALID, "--html-share must be between 0 and 1")
			}
			share := htmlShare
			if share == 0 {
				share = -1 // Config reads 0 as "the default"
			}
			cfg := gen.Config{Seed: seed, Reports: n, HTMLShare: share}
			if out != "" {
				return a.genDir(cmd, cfg, out, goldPath)
			}
			return a.genTar(cmd, cfg, tarPath)
		},
	}
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed: the same seed gives the same corpus")
	cmd.Flags().IntVar(&n, "n", 100, "how many reports to write")
	cmd.Flags().Float64Var(&htmlShare, "html-share", gen.DefaultHTMLShare, "fraction of reports written as HTML pages")
	cmd.Flags().StringVar(&out, "out", "", "directory to write the reports and gold.json into")
	cmd.Flags().StringVar(&tarPath, "tar", "", "write a tar stream to this file instead (- for stdout)")
	cmd.Flags().StringVar(&goldPath, "gold", "", "where to write the ground truth (default DIR/gold.json)")
	return cmd
}

func (a *app) genDir(cmd *cobra.Command, cfg gen.Config, dir, goldPath string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if goldPath == "" {
		goldPath = filepath.Join(dir, "gold.json")
	}
	gf, err := os.Create(goldPath)
	if err != nil {
		return err
	}
	defer gf.Close()
	gw, err := gen.NewGoldWriter(gf, "")
	if err != nil {
		return err
	}
	bar := newProgress(a.stderr, "gen", cfg.Reports)
	done := 0
	made := map[string]bool{}
	err = cfg.Incidents(func(inc *gen.Incident) error {
		if err := cmd.Context().Err(); err != nil {
			return err
		}
		for _, r := range inc.Reports {
			p := filepath.Join(dir, filepath.FromSlash(r.Path))
			if d := filepath.Dir(p); !made[d] {
				if err := os.MkdirAll(d, 0o755); err != nil {
					return err
				}
				made[d] = true
			}
			if err := os.WriteFile(p, r.Data, 0o644); err != nil {
				return err
			}
			done++
			bar.update(done, cfg.Reports)
		}
		return gw.Add(inc)
	})
	bar.clear()
	if err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	if err := gf.Close(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d reports to %s and their ground truth to %s\n", done, dir, goldPath)
	return nil
}

func (a *app) genTar(cmd *cobra.Command, cfg gen.Config, path string) error {
	var w io.Writer = a.stdout
	if path != "-" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	tw := tar.NewWriter(bw)
	// The gold file's size must be known before its bytes, so it is
	// written to a temporary file and added last.
	gf, err := os.CreateTemp("", "tally-gold-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(gf.Name())
	defer gf.Close()
	gw, err := gen.NewGoldWriter(gf, "")
	if err != nil {
		return err
	}
	now := time.Now()
	err = cfg.Incidents(func(inc *gen.Incident) error {
		if err := cmd.Context().Err(); err != nil {
			return err
		}
		for _, r := range inc.Reports {
			hdr := &tar.Header{Name: r.Path, Mode: 0o644, Size: int64(len(r.Data)), ModTime: now, Typeflag: tar.TypeReg}
			if err := tw.WriteHeader(hdr); err != nil {
				return err
			}
			if _, err := tw.Write(r.Data); err != nil {
				return err
			}
		}
		return gw.Add(inc)
	})
	if err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	size, err := gf.Seek(0, io.SeekCurrent)
	if err != nil {
		return err
	}
	if _, err := gf.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if err := tw.WriteHeader(&tar.Header{Name: "gold.json", Mode: 0o644, Size: size, ModTime: now, Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	if _, err := io.Copy(tw, gf); err != nil {
		return err
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

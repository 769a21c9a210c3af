package main

import (
	"context"
	"fmt"
	"os"

	"tally/actors"
	"tally/extract"
	"tally/gazetteer"
	"tally/pdftext"
	"tally/pipeline"
	"tally/reconcile"
)

// configure plugs the extraction and derivation steps into a pipeline.
func (a *app) configure(p *pipeline.Pipeline) error {
	x, err := a.extractor()
	if err != nil {
		return err
	}
	p.Extract = x.Document
	p.Derive = pipeline.Derive(reconcile.DefaultPolicy)
	p.PDF = func(ctx context.Context, data []byte) ([]byte, error) {
		d, err := pdftext.Extract(ctx, data)
		if err != nil {
			return nil, err
		}
		return d.Report(), nil
	}
	return nil
}

// extractor builds the extractor once, with the user's extra actors and
// places (--actors, --places) on top of the built-in tables.
func (a *app) extractor() (*extract.Extractor, error) {
	if a.x != nil {
		return a.x, nil
	}
	var places *gazetteer.Gazetteer
	if a.placesFile != "" {
		g, err := gazetteer.NewDefault()
		if err != nil {
			return nil, err
		}
		f, err := os.Open(a.placesFile)
		if err != nil {
			return nil, fmt.Errorf("--places: %w", err)
		}
		defer f.Close()
		if err := g.LoadTSV(f); err != nil {
			return nil, fmt.Errorf("--places %s: %w", a.placesFile, err)
		}
		places = g
	}
	var acts *actors.Table
	if a.actorsFile != "" {
		t := actors.Builtin()
		f, err := os.Open(a.actorsFile)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		defer f.Close()
		if err := t.LoadFile(f); err != nil {
			return nil, fmt.Errorf("--actors %s: %w", a.actorsFile, err)
		}
		acts = t
	}
	a.x = extract.New(places, acts)
	return a.x, nil
}

package main

import (
	"tally/extract"
	"tally/pipeline"
	"tally/reconcile"
)

// configure plugs the extraction and derivation steps into a pipeline.
func (a *app) configure(p *pipeline.Pipeline) {
	x := extract.New(nil, nil)
	p.Extract = x.Document
	p.Derive = pipeline.Derive(reconcile.DefaultPolicy)
}

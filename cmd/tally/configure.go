package main

import "tally/pipeline"

// configure plugs the extraction and derivation steps into a pipeline.
func (a *app) configure(p *pipeline.Pipeline) {}

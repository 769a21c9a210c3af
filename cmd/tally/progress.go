package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal, and nothing when
// the stream is not a terminal (a pipe, a file, CI), so logs stay clean.
type progress struct {
	w       io.Writer
	label   string
	start   time.Time
	last    time.Time
	enabled bool
	drawn   bool
}

func newProgress(w io.Writer, label string, total int) *progress {
	p := &progress{w: w, label: label, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && total > 1 {
		p.enabled = true
	}
	return p
}

// update redraws at most ten times a second, and always at the end.
func (p *progress) update(done, total int) {
	if !p.enabled {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	const width = 30
	fill := width * done / max(total, 1)
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d  %.0f/s ", p.label, strings.Repeat("=", fill), strings.Repeat(" ", width-fill), done, total, rate)
	p.drawn = true
}

// clear erases the bar so the next message starts on a clean line.
func (p *progress) clear() {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
		p.drawn = false
	}
}

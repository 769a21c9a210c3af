package ingest

import (
	"strings"
	"unicode/utf8"
)

// Normalize turns raw bytes into the text tally stores and points spans
// into. It never fails:
//   - invalid UTF-8 becomes U+FFFD, so a bad byte costs one character, not the report;
//   - a byte-order mark is dropped;
//   - "\r\n" and lone "\r" become "\n";
//   - no-break and other typographic spaces become an ASCII space, because
//     reports put U+00A0 inside sentences and every later step splits on spaces;
//   - zero-width characters and control characters other than "\n" and "\t"
//     are dropped, and "\t" becomes a space.
//
// Everything else, curly quotes and dashes included, is kept as written so
// quotes shown as evidence read as the report wrote them.
func Normalize(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw))
	if len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
		raw = raw[3:]
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(raw) && raw[i+1] == '\n' {
					i++
				}
			case c == '\t':
				b.WriteByte(' ')
			case c == '\n' || c >= 0x20 && c != 0x7f:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case isSpace(r):
			b.WriteByte(' ')
		case isInvisible(r):
			// dropped
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isSpace reports the Unicode spaces that stand for an ordinary space.
func isSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisible reports characters that carry no text: zero-width spaces and
// joiners, soft hyphens, the BOM, and C1 controls.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return r >= 0x80 && r < 0xa0
}

// Binary reports whether raw looks like a binary file rather than text:
// a NUL byte, or many control bytes or invalid sequences, near the start.
func Binary(raw []byte) bool {
	n := len(raw)
	if n > 8192 {
		n = 8192
	}
	sample := raw[:n]
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c == 0 {
			return true
		}
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 {
			// A cut-off rune at the very end of the sample is not evidence.
			if i+utf8.UTFMax <= len(sample) {
				bad++
			}
		}
		i += size
	}
	// Legacy 8-bit text has some invalid bytes; binary has many.
	return len(sample) > 0 && bad*10 > len(sample)
}

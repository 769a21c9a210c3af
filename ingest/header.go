package ingest

import "strings"

// Header holds the metadata lines that may open a plain-text report:
//
//	URL: https://example.org/story
//	TITLE: A headline
//	PUBLISHED: 2015-07-05
//	AUTHOR: A. Writer
//	OUTLET: The Example Times
//
// followed by a blank line and the body.
type Header struct {
	URL, Title, Published, Author, Outlet, Language string
	// Lines are the header's lines with their spans in the text.
	Lines []HeaderLine
	// End is the byte offset where the body starts.
	End int
}

// HeaderLine is one "KEY: value" line.
type HeaderLine struct {
	Key, Value string
	Start, End int // the whole line
	ValueStart int // where the value starts
}

// headerKeys maps the keys tally reads to their canonical names. Synonyms
// are accepted because hand-made corpora differ.
var headerKeys = map[string]string{
	"url": "url", "link": "url",
	"title": "title", "headline": "title",
	"published": "published", "date": "published", "pubdate": "published",
	"author": "author", "byline": "author", "by": "author",
	"outlet": "outlet", "publisher": "outlet", "site": "outlet",
	"language": "language", "lang": "language",
}

// ParseHeader reads a header of "KEY: value" lines at the start of text. It
// reports false when text does not open with a known key. A header ends at
// the first blank line or the first line that is not a known key.
func ParseHeader(text string) (Header, bool) {
	var h Header
	off := 0
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) == "" {
			if len(h.Lines) > 0 {
				h.End = min(end+1, len(text))
				return h, true
			}
			off = end + 1
			continue
		}
		key, val, vs, ok := splitHeaderLine(line)
		if !ok {
			break
		}
		canon := headerKeys[strings.ToLower(key)]
		h.Lines = append(h.Lines, HeaderLine{Key: canon, Value: val, Start: off, End: end, ValueStart: off + vs})
		switch canon {
		case "url":
			h.URL = val
		case "title":
			h.Title = val
		case "published":
			h.Published = val
		case "author":
			h.Author = val
		case "outlet":
			h.Outlet = val
		case "language":
			h.Language = val
		}
		off = end + 1
	}
	if len(h.Lines) == 0 {
		return Header{}, false
	}
	h.End = min(off, len(text))
	return h, true
}

// splitHeaderLine splits "KEY: value" where KEY is a known header key,
// written in any case but without leading space.
func splitHeaderLine(line string) (key, val string, valStart int, ok bool) {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 12 {
		return "", "", 0, false
	}
	key = line[:i]
	if _, known := headerKeys[strings.ToLower(key)]; !known {
		return "", "", 0, false
	}
	for _, c := range []byte(key) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", "", 0, false
		}
	}
	rest := line[i+1:]
	trimmed := strings.TrimLeft(rest, " ")
	valStart = i + 1 + len(rest) - len(trimmed)
	return key, strings.TrimRight(trimmed, " "), valStart, true
}

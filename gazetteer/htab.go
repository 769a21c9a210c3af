package gazetteer

// htab is an open-addressing hash table from a 64-bit key hash to a
// 32-bit value, with linear probing. The gazetteer's indexes hold about a
// million keys; Go maps spent most of the load time on them, this table
// one cache miss per operation.
type htab struct {
	keys []uint64 // 0 marks an empty slot
	vals []uint32
	n    int
	mask uint64
}

func newHtab(capacity int) htab {
	size := 16
	for size < 2*capacity {
		size <<= 1
	}
	return htab{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
}

func fixKey(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

func slot(h uint64) uint64 {
	h ^= h >> 31
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// get returns the value for h, or 0.
func (t *htab) get(h uint64) uint32 {
	if t.keys == nil {
		return 0
	}
	h = fixKey(h)
	for i := slot(h) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// set stores v for h.
func (t *htab) set(h uint64, v uint32) {
	if t.keys == nil || 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	h = fixKey(h)
	for i := slot(h) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case h:
			t.vals[i] = v
			return
		case 0:
			t.keys[i], t.vals[i] = h, v
			t.n++
			return
		}
	}
}

func (t *htab) grow() {
	old := *t
	*t = newHtab(max(16, 2*old.n+2))
	for i, k := range old.keys {
		if k != 0 {
			t.set(k, old.vals[i])
		}
	}
}

// len reports the number of keys.
func (t *htab) len() int { return t.n }

// bloom is a blocked Bloom filter over key hashes: two bits in one 64-bit
// word of a 512 KB table, so one cache line per test. The name table is
// too large for the caches; most words of a text are not names, and the
// filter, which stays in cache, says so first (about 6% false positives
// with the built-in data).
type bloom []uint64

const bloomWords = 1 << 16

func newBloom() bloom { return make(bloom, bloomWords) }

func bloomProbe(h uint64) (word uint64, mask uint64) {
	x := slot(h)
	return x & (bloomWords - 1), 1<<((x>>16)&63) | 1<<((x>>22)&63)
}

func (b bloom) add(h uint64) {
	w, m := bloomProbe(h)
	b[w] |= m
}

// has reports whether h may have been added.
func (b bloom) has(h uint64) bool {
	if b == nil {
		return true
	}
	w, m := bloomProbe(h)
	return b[w]&m == m
}

package evaluate

import "hash/fnv"

// The names of the two parts of the deterministic split, and "all".
const (
	SplitAll        = "all"
	SplitTrain      = "train"
	SplitValidation = "validation"
)

// ValidationPercent is the share of each set held out as validation pages.
const ValidationPercent = 30

// hashID returns the 64-bit FNV-1a hash of salt followed by id, passed
// through the MurmurHash3 finalizer. FNV-1a alone mixes the last bytes
// poorly into the high bits, so ids differing only in their last digits
// would sort together.
func hashID(salt, id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(salt))
	h.Write([]byte(id))
	x := h.Sum64()
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// SplitOf returns SplitValidation for about ValidationPercent percent of the
// ids and SplitTrain for the others. It is the project's split, the one the
// model trainers hold out: a page is in validation when the 32-bit FNV-1a
// hash of its id, modulo 10, is below 3. The split depends on the id alone,
// so a model trained on SplitTrain is reported on pages it never saw.
func SplitOf(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%10 < ValidationPercent/10 {
		return SplitValidation
	}
	return SplitTrain
}

// sampleKey orders the pages of a set for Options.Limit. It is salted so
// that a limited sample is not biased towards either part of the split.
func sampleKey(id string) uint64 { return hashID("sample/", id) }

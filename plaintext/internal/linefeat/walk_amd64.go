//go:build amd64 && !purego

package linefeat

// walkForest is walkForestGo in assembly (walk_amd64.s), the trees' walks
// unrolled and interleaved six at a time as there, the leaves summed in
// the same order, so that it returns the same float32 bit for bit. A step
// down a tree there takes four instructions where the compiled Go takes
// eight: the comparison reads the feature from memory, and its carry flag
// goes into the node's index with an add-with-carry, where Go sets a byte
// from the flag, widens it and adds it, and widens the index again to
// read the tree's arrays without a bounds check. The walks are 30% of
// Clean's instructions. The early exit between chunks is there too,
// where Go would pay a call and its spills for each chunk.
//
//go:noescape
func walkForest(row *[maxFeatures]float32, trees []flatTree, depth int, s float32, chunk int, margin, negMargin float32) float32

//go:build !amd64 || purego

package linefeat

// walkForest is walkForestGo where there is no assembly version.
func walkForest(row *[maxFeatures]float32, trees []flatTree, depth int, s float32, chunk int, margin, negMargin float32) float32 {
	return walkForestGo(row, trees, depth, s, chunk, margin, negMargin)
}

//go:build !amd64 || purego

package linefeat

// walkTrees is walkTreesGo where there is no assembly version.
func walkTrees(row *[maxFeatures]float32, trees []flatTree, depth int, s float32) float32 {
	return walkTreesGo(row, trees, depth, s)
}

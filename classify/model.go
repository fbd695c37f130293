package classify

// model is the block model compiled in from model_gen.go, which
// internal/cmd/trainblocks writes.
var model = blockModel

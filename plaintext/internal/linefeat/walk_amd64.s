//go:build amd64 && !purego

#include "go_asm.h"
#include "textflag.h"

// STEP moves the walk of tree number T of the six at BX, at node K (a
// register), one level down, to 2K+1 when the feature of the node is
// above the float stored as its threshold (just below the threshold
// proper: see right in model.go), else 2K, as flatTree.down does.
// UCOMISS sets the carry flag when that float is below the feature (or
// they are unordered: a NaN feature, which Go sends left, goes right
// here; features are never NaN), and ADCQ doubles K and adds the carry.
#define STEP(T, K) \
	MOVBQZX (T*flatTree__size+flatTree_feature)(BX)(K*1), DX; \
	MOVSS   (T*flatTree__size+flatTree_threshold)(BX)(K*4), X1; \
	UCOMISS (AX)(DX*4), X1; \
	ADCQ    K, K

#define LEVEL \
	STEP(0, R8); \
	STEP(1, R9); \
	STEP(2, R10); \
	STEP(3, R11); \
	STEP(4, R12); \
	STEP(5, R13)

// The leaf that the walk of tree T ended at, K (2^depth plus the leaf's
// index, below 2<<maxDepth), added to the sum.
#define LEAF(T, K) \
	ADDSS (T*flatTree__size+flatTree_leaf)(BX)(K*4), X0

// func walkForest(row *[maxFeatures]float32, trees []flatTree, depth int, s float32, chunk int, margin, negMargin float32) float32
//
// AX row, BX the trees, SI depth, DI the trees after the chunk, CX those
// left in it, X0 the sum, X2 margin and X3 negMargin.
TEXT ·walkForest(SB), NOSPLIT, $0-68
	MOVQ  row+0(FP), AX
	MOVQ  trees_base+8(FP), BX
	MOVQ  trees_len+16(FP), DI
	MOVQ  depth+32(FP), SI
	MOVSS s+40(FP), X0
	MOVSS margin+56(FP), X2
	MOVSS negMargin+60(FP), X3

chunk:
	MOVQ    chunk+48(FP), CX
	CMPQ    CX, DI
	CMOVQGT DI, CX
	SUBQ    CX, DI

six:
	CMPQ CX, $6
	JLT  two
	MOVL $1, R8
	MOVL $1, R9
	MOVL $1, R10
	MOVL $1, R11
	MOVL $1, R12
	MOVL $1, R13
	// The levels unrolled: the walk enters at the depth of the forest
	// and falls through to the leaves.
	CMPQ SI, $6
	JEQ  d6
	CMPQ SI, $5
	JEQ  d5
	CMPQ SI, $4
	JEQ  d4
	CMPQ SI, $3
	JEQ  d3
	CMPQ SI, $2
	JEQ  d2
	CMPQ SI, $1
	JEQ  d1
	JMP  leaves6

d6:
	LEVEL
d5:
	LEVEL
d4:
	LEVEL
d3:
	LEVEL
d2:
	LEVEL
d1:
	LEVEL
leaves6:
	LEAF(0, R8)
	LEAF(1, R9)
	LEAF(2, R10)
	LEAF(3, R11)
	LEAF(4, R12)
	LEAF(5, R13)
	ADDQ $(6*flatTree__size), BX
	SUBQ $6, CX
	JMP  six

	// The trees left, fewer than six, two at a time.
two:
	CMPQ CX, $2
	JLT  exit
	MOVL $1, R8
	MOVL $1, R9
	MOVQ SI, R10

level2:
	TESTQ R10, R10
	JLE   leaves2
	STEP(0, R8)
	STEP(1, R9)
	DECQ  R10
	JMP   level2

leaves2:
	LEAF(0, R8)
	LEAF(1, R9)
	ADDQ $(2*flatTree__size), BX
	SUBQ $2, CX
	JMP  two

	// After the chunk, the early exit: when trees are left and the
	// sum is above margin or below negMargin (neither when it is NaN,
	// as Go's comparisons).
exit:
	TESTQ   DI, DI
	JEQ     done
	UCOMISS X2, X0
	JHI     done
	UCOMISS X0, X3
	JHI     done
	JMP     chunk

done:
	MOVSS X0, ret+64(FP)
	RET

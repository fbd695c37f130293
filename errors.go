package pith

import "errors"

// Errors returned by Extract. They are comparable with errors.Is; a returned
// error may wrap one of them with more detail.
var (
	// ErrEmpty is returned for an input with no bytes.
	ErrEmpty = errors.New("pith: empty input")
	// ErrBinary is returned for an input that is neither HTML nor text
	// (an image, an archive, an executable...).
	ErrBinary = errors.New("pith: binary input, not HTML or text")
	// ErrTooLarge is returned when the input exceeds Limits.MaxInputBytes.
	ErrTooLarge = errors.New("pith: input exceeds the size limit")
	// ErrTooManyNodes is returned when the document exceeds Limits.MaxNodes.
	ErrTooManyNodes = errors.New("pith: document exceeds the node limit")
)

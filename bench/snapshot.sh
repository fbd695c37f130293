#!/bin/sh
# snapshot.sh runs a command in the bench module against the repository's
# last commit (HEAD) rather than the work tree, which other people's
# uncommitted work may leave unbuildable or half-changed. It exports HEAD to
# a temporary directory, copies this bench module (as it is in the work
# tree) into it, and runs the command there. Give -doc and -o absolute paths.
#
#	bench/snapshot.sh go run ./cmd/speed -process -memory -doc "$PWD/docs/benchmarks.md"
set -e
repo=$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)
snap=$(mktemp -d "${TMPDIR:-/tmp}/pith-snap.XXXXXX")
trap 'rm -rf "$snap"' EXIT INT TERM
git -C "$repo" archive HEAD | tar -x -C "$snap"
rm -rf "$snap/bench"
cp -r "$repo/bench" "$snap/bench"
export PITH_BENCH_DATA="${PITH_BENCH_DATA:-$repo/../shared/bench}"
export PITH_BENCH_REV="${PITH_BENCH_REV:-$(git -C "$repo" rev-parse --short HEAD)}"
cd "$snap/bench"
"$@"

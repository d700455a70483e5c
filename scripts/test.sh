#!/usr/bin/env bash
# `make test`: a throwaway PostgreSQL cluster, `swift test` against it, the cluster removed
# whatever the outcome. Extra arguments go to `swift test` (e.g. `make test ARGS="--filter Lexer"`).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/pg install
dir=.data/test-$$
cleanup() {
    scripts/pg stop "$dir" || true
    if [ -L "$dir" ]; then rm -rf "$(readlink -f "$dir")"; fi
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

DATABASE_URL=$(scripts/pg start "$dir" --fast)
export DATABASE_URL
# Tests that restart PostgreSQL (pool recovery) do it through this command.
export RECTIFY_TEST_PG_RESTART="$PWD/scripts/pg restart $PWD/$dir"
echo "make test: PostgreSQL at $DATABASE_URL" >&2

swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build "$@"

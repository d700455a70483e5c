#!/usr/bin/env bash
# `make run`: the embedded default. Starts (or reuses) the project-local cluster under .data/pg,
# migrates, imports the seed notice, and runs the server. With DATABASE_URL set, uses that
# database and starts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/pg install
if [ -z "${DATABASE_URL:-}" ]; then
    DATABASE_URL=$(scripts/pg start .data/pg)
    export DATABASE_URL
fi
swift build -c release --product rectify
bin=$(swift build -c release --show-bin-path)/rectify
"$bin" migrate
"$bin" import db/seed/*.txt
exec "$bin" serve "$@"

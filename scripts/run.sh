#!/usr/bin/env bash
# `make run`: the embedded default. Installs what is missing, starts (or reuses) the
# project-local cluster under .data/pg, migrates, imports the seed notices, then serves GraphQL at
# http://127.0.0.1:8080/graphql until Ctrl-C (HOST, PORT and the other RECTIFY_* variables of
# `rectify serve` apply; arguments are passed to `serve`, e.g. `make run ARGS="--port 9000"`).
# With DATABASE_URL set, uses that database and starts nothing. Running it again reuses the
# cluster and changes nothing (migrations and imports are no-ops the second time).
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

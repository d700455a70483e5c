#!/usr/bin/env bash
# `make bench`: benchmarks (not tests). Filled in by the language, HTTP and scale issues.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rectify-bench
"$(swift build -c release --show-bin-path)/rectify-bench" "$@"
# HTTP server against nginx (wrk); skipped when BENCH_HTTP=0.
if [ "${BENCH_HTTP:-1}" != 0 ]; then scripts/bench-http.sh; fi

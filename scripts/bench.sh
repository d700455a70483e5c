#!/usr/bin/env bash
# `make bench`: benchmarks (not tests). Filled in by the language, HTTP and scale issues.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rectify-bench
"$(swift build -c release --show-bin-path)/rectify-bench" "$@"

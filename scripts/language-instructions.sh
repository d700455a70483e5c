#!/usr/bin/env bash
# Instructions per parse of the dashboard query (including freeing the AST), counted by callgrind.
#
# Wall-clock figures from `make bench` swing with load on a shared machine; instruction counts do
# not, so this is the number to compare before and after a parser change. Two runs of different
# lengths cancel out start-up cost. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "language-instructions: valgrind is not installed" >&2; exit 1; }
swift build -c release --product rectify-bench >&2
bench="$(swift build -c release --show-bin-path)/rectify-bench"
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" language-loop "$1" 2>&1 \
        | awk '/Collected/ { gsub(",", "", $4); print $4 }'
}
short=$(count 500)
long=$(count 1500)
echo "instructions per dashboard parse: $(( (long - short) / 1000 ))"

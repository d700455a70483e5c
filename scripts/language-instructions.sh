#!/usr/bin/env bash
# Instructions per parse and per validation of the benchmark documents, counted by callgrind.
#
# Wall-clock figures from `make bench` swing with load on a shared machine; instruction counts do
# not, so these are the numbers to compare before and after a parser or validator change. Each
# case runs at two counts and the difference is divided out, which cancels start-up and schema
# building. Needs valgrind (apt-get install valgrind).
#
#   scripts/language-instructions.sh              every case (rectify-bench loop lists them)
#   scripts/language-instructions.sh CASE...      only these
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "language-instructions: valgrind is not installed" >&2; exit 1; }
swift build -c release --product rectify-bench >&2
bench="$(swift build -c release --show-bin-path)/rectify-bench"
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" loop "$1" "$2" 2>&1 \
        | awk '/Collected/ { gsub(",", "", $4); print $4 }'
}
if [ $# -eq 0 ]; then
    set -- $("$bench" loop list 0 | sed 's/.*known: //; s/,//g')
fi
for name in "$@"; do
    # The hostile documents cost millions of instructions each: fewer runs suffice.
    case "$name" in validate-2000-* | validate-500-*) short=2 long=6 ;; *) short=100 long=300 ;; esac
    first=$(count "$name" "$short")
    second=$(count "$name" "$long")
    [ -n "$first" ] && [ -n "$second" ] || { echo "language-instructions: case $name failed" >&2; exit 1; }
    printf '%-40s %12d instructions\n' "$name" $(( (second - first) / (long - short) ))
done

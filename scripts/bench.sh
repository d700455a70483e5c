#!/usr/bin/env bash
# `make bench`: benchmarks (not tests), printed and saved under .data/bench-results/DATE/.
#
#   make bench                         every part: inprocess, http, queries (~25 min on 2 cores)
#   make bench ARGS="queries"          only the named parts:
#       inprocess   rectify-bench's language and validation benchmarks (Benchmarks/rectify-bench)
#       http        scripts/bench-http.sh: the HTTP server against nginx (BENCH_HTTP=0 skips it)
#       queries     scripts/bench-queries.sh: the GraphQL queries of bench/ against their own SQL
#                   through pgbench over the generated dataset, then the long memory run
#   make bench ARGS="validation-dashboard"
#                                      any other first word runs that rectify-bench benchmark alone
#
# A shorter run: BENCH_FINDINGS=100000 BENCH_SECONDS=5 BENCH_REPEAT=1 BENCH_LONG=0 make bench
# ARGS=queries. Every BENCH_* variable is described in scripts/bench-queries.sh; BENCHMARKS.md
# records the figures of a full run.
set -euo pipefail
cd "$(dirname "$0")/.."

parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(inprocess http queries)
for part in "${parts[@]}"; do
    case $part in
        inprocess|http|queries) ;;
        *)
            swift build -c release --product rectify-bench
            exec "$(swift build -c release --show-bin-path)/rectify-bench" "$@"
            ;;
    esac
done

BENCH_OUT=${BENCH_OUT:-.data/bench-results/$(date +%Y%m%d-%H%M%S)}
export BENCH_OUT
mkdir -p "$BENCH_OUT"
settings=$(env | grep '^BENCH_' | grep -v '^BENCH_OUT=' | sort | tr '\n' ' ' || true)
started=$SECONDS
{
    printf '# make bench, %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- command: `%smake bench%s`\n' "$settings" "$([ $# -gt 0 ] && printf ' ARGS="%s"' "$*")"
    printf -- '- commit: %s%s\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
        "$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    printf -- '- machine: %s cores, %s; load: `%s`\n' "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)" \
        "$(uptime | sed 's/^ *//')"
} | tee "$BENCH_OUT/bench.log"

for part in "${parts[@]}"; do
    case $part in
        inprocess)
            swift build -c release --product rectify-bench >&2
            printf '\n## In-process: parse and validate (rectify-bench)\n\n```\n' | tee -a "$BENCH_OUT/bench.log"
            "$(swift build -c release --show-bin-path)/rectify-bench" | tee -a "$BENCH_OUT/bench.log"
            printf '```\n' | tee -a "$BENCH_OUT/bench.log"
            ;;
        http)
            [ "${BENCH_HTTP:-1}" = 0 ] && continue
            printf '\n## HTTP server against nginx (scripts/bench-http.sh)\n\n```\n' | tee -a "$BENCH_OUT/bench.log"
            scripts/bench-http.sh | tee -a "$BENCH_OUT/bench.log"
            printf '```\n' | tee -a "$BENCH_OUT/bench.log"
            ;;
        queries)
            printf '\n' | tee -a "$BENCH_OUT/bench.log"
            scripts/bench-queries.sh | tee -a "$BENCH_OUT/bench.log"
            ;;
    esac
done
printf '\nmake bench took %d min %d s; load at the end: `%s`; everything above is in %s/bench.log\n' \
    $(( (SECONDS - started) / 60 )) $(( (SECONDS - started) % 60 )) "$(uptime | sed 's/^ *//')" "$BENCH_OUT" | tee -a "$BENCH_OUT/bench.log"

#!/usr/bin/env bash
# The server's memory against the size of its answers (RECTIFY_MAX_RESPONSE_BYTES): a benchmark,
# not a test. Starts a cluster of its own under .data/bench-rss, generates BENCH_FINDINGS
# findings beside the seed notice, serves them with a raised maximum page size, and asks for
# pages of growing size, printing each answer's bytes and the server's resident memory (VmRSS)
# and peak (VmHWM) after it; then the largest page again under a limit it exceeds, which must
# be refused without the peak growing.
#
#   scripts/bench-response-rss.sh                 debug build (swift build), 15000 findings
#   BENCH_CONFIG=release BENCH_FINDINGS=30000 scripts/bench-response-rss.sh
set -euo pipefail
cd "$(dirname "$0")/.."

findings=${BENCH_FINDINGS:-15000}
config=${BENCH_CONFIG:-debug}
limit_small=${BENCH_SMALL_LIMIT:-8388608}
swift build -c "$config" --product rectify >&2
bin=$(swift build -c "$config" --show-bin-path)/rectify
dir=.data/bench-rss
DATABASE_URL=$(scripts/pg start "$dir" --fast)
export DATABASE_URL
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    scripts/pg stop "$dir" >/dev/null || true
}
trap cleanup EXIT INT TERM

"$bin" migrate >/dev/null
"$bin" import db/seed/*.txt >/dev/null
"$bin" generate --findings "$findings" >/dev/null

query='query Page($first: Int!) { findings(first: $first, orderBy: [{ field: NUMBER }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number category title status longTerm progress p2: progress p3: progress p4: progress inspection { id title } units { totalCount edges { role node { id key name kind } } } } } } }'

# serve LIMIT: starts `rectify serve` on a free port with the response limit LIMIT.
serve() {
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    RECTIFY_MAX_PAGE_SIZE=100000 RECTIFY_MAX_COST=1000000000 RECTIFY_STATEMENT_TIMEOUT_MS=120000 \
        RECTIFY_MAX_RESPONSE_BYTES=$1 RECTIFY_ACCESS_LOG=0 RECTIFY_EVENT_LOOPS=1 RECTIFY_POOL_SIZE=1 \
        "$bin" serve --port "$port" 2>>"$dir/serve.log" &
    server=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 0.1; done
    echo "the server did not start; see $dir/serve.log" >&2
    exit 1
}

# ask FIRST: one page, then the answer's bytes, its error code if any, and the server's memory.
ask() {
    local body code
    body=$(python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1], "variables": {"first": int(sys.argv[2])}}))' "$query" "$1")
    curl -s -o "$dir/answer.json" -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/graphql"
    code=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print((d.get("errors") or [{}])[0].get("extensions", {}).get("code", "ok"), len(((d.get("data") or {}).get("findings") or {}).get("edges", [])))' "$dir/answer.json")
    printf '%8s %12s %-22s %10s %10s\n' "$1" "$(stat -c %s "$dir/answer.json")" "$code" \
        "$(awk '/VmRSS/ { print $2 }' /proc/"$server"/status)" "$(awk '/VmHWM/ { print $2 }' /proc/"$server"/status)"
}

stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

printf '%8s %12s %-22s %10s %10s\n' first bytes "outcome nodes" "RSS KiB" "peak KiB"
serve $((64 << 20))
echo "# RECTIFY_MAX_RESPONSE_BYTES=$((64 << 20)); before any request: RSS $(awk '/VmRSS/ { print $2 }' /proc/"$server"/status) KiB"
for first in 100 1000 5000 $((findings + 100)); do ask "$first"; done
stop
serve "$limit_small"
echo "# RECTIFY_MAX_RESPONSE_BYTES=$limit_small; before any request: RSS $(awk '/VmRSS/ { print $2 }' /proc/"$server"/status) KiB"
for first in 100 $((findings + 100)) $((findings + 100)); do ask "$first"; done
stop

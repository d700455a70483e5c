#!/usr/bin/env bash
# Query benchmark (part of `make bench`, not a test): each query of bench/queries.txt against
# `rectify serve` with wrk, and the very SQL it compiles to against PostgreSQL with pgbench (the
# floor: what the database alone does), at each concurrency level, over the generated dataset.
#
# Steps: release build; the project-local cluster .data/bench (shared_buffers 1GB, fsync off: a
# benchmark, not a store); migrate, import the seed notice, `rectify generate --findings N --seed 1`
# (a no-op when already there), VACUUM ANALYZE; `rectify serve` on a free loopback port, access
# log off, one event loop per core and a pool of one connection per core; a sanity check and a
# warm-up of each query; then for each query and level BENCH_REPEAT interleaved pairs of runs
# (rectify then pgbench, pgbench then rectify, …) whose medians are reported; last, a long run of
# the lookup at 64 connections sampling the server's RSS to show whether memory stays flat.
#
# wrk: -t min(conns, cores) -c conns -d BENCH_SECONDS --latency --timeout 30s, bench/post.lua POSTing the body.
# pgbench: -n -M prepared -c conns -j min(conns, cores) -T BENCH_SECONDS -l, a script written by
# `rectify-bench sql --pgbench` (the compiled SQL; parameters as pgbench variables, see
# Benchmarks/rectify-bench/PgbenchScript.swift); p50/p99 from its per-transaction log.
#
# Environment (defaults in brackets):
#   BENCH_FINDINGS [1000000]  generated findings; a size other than 1,000,000 gets its own
#                             cluster, .data/bench-N (generate refuses a second size per seed)
#   BENCH_SECONDS [10]        seconds per run        BENCH_REPEAT [3]   runs per tool and level
#   BENCH_LEVELS ["1 16 64"]  connections            BENCH_QUERIES [all] names from queries.txt
#   BENCH_POOL [cores]        RECTIFY_POOL_SIZE      BENCH_LONG [1000000] requests in the long
#                             run (0 skips it)       BENCH_OUT [.data/bench-results/DATE] results
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

findings=${BENCH_FINDINGS:-1000000}
seconds=${BENCH_SECONDS:-10}
repeat=${BENCH_REPEAT:-3}
levels=${BENCH_LEVELS:-"1 16 64"}
cores=$(nproc)
pool=${BENCH_POOL:-$cores}
long=${BENCH_LONG:-1000000}
long_chunk=${BENCH_LONG_CHUNK:-10}
if [ "$findings" = 1000000 ]; then cluster=.data/bench; else cluster=.data/bench-$findings; fi
out=${BENCH_OUT:-.data/bench-results/$(date +%Y%m%d-%H%M%S)}
targets="throughput >= 70% of the floor and p99 <= 1.5x the floor's at every level; peak RSS < 64 MB at 64 connections"

for tool in wrk pgbench curl; do
    command -v "$tool" >/dev/null || { echo "bench-queries: $tool not found (apt-get install wrk postgresql-contrib curl)" >&2; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
work="$out/work"
mkdir -p "$work"

log() { printf '%s\n' "$*" >&2; }

swift build -c release --product rectify >&2
swift build -c release --product rectify-bench >&2
bin_dir=$(swift build -c release --show-bin-path)
rectify="$bin_dir/rectify"
bench_bin="$bin_dir/rectify-bench"

# The cluster and the dataset.
DATABASE_URL=$(scripts/pg start "$cluster" --shared-buffers 1GB --fast)
export DATABASE_URL
psql_bin="$(scripts/pg bindir)/psql"
sql() { "$psql_bin" "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }
"$rectify" migrate >/dev/null
"$rectify" import db/seed/*.txt >/dev/null
log "bench: generating $findings findings (seed 1) unless already there"
"$rectify" generate --findings "$findings" --seed 1 2>&1 | tail -2 >&2
log "bench: VACUUM ANALYZE"
sql -c "VACUUM ANALYZE" >&2
postmaster=$(head -1 "$(readlink -f "$cluster")/data/postmaster.pid")
dataset=$(sql -c "SELECT format('%s findings, %s inspections, %s units, %s funds', (SELECT count(*) FROM findings),
    (SELECT count(*) FROM inspections), (SELECT count(*) FROM units), (SELECT count(*) FROM funds))")
pg_version=$(sql -c "SHOW server_version")

# The server.
server_pid=""
cleanup() {
    [ -n "${sampler_pid:-}" ] && kill "$sampler_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM
RECTIFY_ACCESS_LOG=0 RECTIFY_POOL_SIZE=$pool RECTIFY_EVENT_LOOPS=$cores \
    "$rectify" serve --host 127.0.0.1 --port 0 > "$out/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(grep -o 'http://[^ ]*/graphql' "$out/server.log" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "bench-queries: the server did not start" >&2; cat "$out/server.log" >&2; exit 1; }
log "bench: rectify serve (pid $server_pid) at $url, $cores event loops, pool $pool"

# The global ID of "$1" (Type:key): unpadded URL-safe base64.
global_id() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
# The key the benchmark's bodies carry in place of a random one: no object has it.
sentinel_key=7777777771

# Per query: the body wrk sends, the pgbench script and defines, wrk's script arguments.
selected=${BENCH_QUERIES:-$(awk '!/^#/ && NF { print $1 }' bench/queries.txt | tr '\n' ' ')}
declare -A wrk_args pgbench_defines has_floor
for query in $selected; do
    spec=$(awk -v q="$query" '$1 == q { $1 = ""; print }' bench/queries.txt)
    [ -f "bench/$query.graphql" ] || { echo "bench-queries: no bench/$query.graphql" >&2; exit 1; }
    files=("bench/$query.graphql")
    [ -f "bench/$query.variables.json" ] && files+=("bench/$query.variables.json")
    read -r variable type table <<< "$spec"
    request=("${files[@]}")
    sample_id=""
    randoms=()
    wrk_args[$query]=""
    if [ "$variable" != "-" ]; then
        read -r low high count < <(sql -F ' ' -c "SELECT min(id), max(id), count(*) FROM $table")
        [ "$count" = $((high - low + 1)) ] || { echo "bench-queries: $table ids are not contiguous" >&2; exit 1; }
        sentinel=$(global_id "$type:$sentinel_key")
        request+=(--set "$variable=$sentinel")
        randoms=(--random "$sentinel_key=$low..$high")
        wrk_args[$query]="$sentinel $type $low $high"
        sample_id=$(global_id "$type:$(( (low + high) / 2 ))")
    fi
    "$bench_bin" body "${request[@]}" > "$work/$query.json"
    "$bench_bin" sql "${request[@]}" > "$out/$query.sql.txt"
    "$bench_bin" sql "${request[@]}" --pgbench "$work/$query" "${randoms[@]}"
    has_floor[$query]=0
    grep -q '[^[:space:]]' "$work/$query.sql" && has_floor[$query]=1
    pgbench_defines[$query]="$work/$query.defines"

    # Sanity: the server answers with data and no errors, and pgbench runs the script.
    probe="$work/$query.probe.json"
    if [ -n "$sample_id" ]; then sed "s/$sentinel/$sample_id/" "$work/$query.json" > "$probe"; else cp "$work/$query.json" "$probe"; fi
    response=$(curl -s -H 'Content-Type: application/json' --data-binary @"$probe" "$url")
    if ! grep -q '"data":{"' <<< "$response" || grep -q '"errors"' <<< "$response"; then
        echo "bench-queries: $query: unexpected response: ${response:0:400}" >&2; exit 1
    fi
    if [ "${has_floor[$query]}" = 1 ]; then
        defines=()
        while IFS= read -r -d '' define; do defines+=(-D "$define"); done < "$work/$query.defines"
        pgbench -n -M prepared -c 1 -t 3 -f "$work/$query.sql" "${defines[@]}" "$DATABASE_URL" > "$work/$query.check" 2>&1 \
            || { cat "$work/$query.check" >&2; echo "bench-queries: pgbench cannot run $query's SQL" >&2; exit 1; }
    fi
    log "bench: $query ok ($(wc -c < "$work/$query.json") bytes of body, floor: $([ "${has_floor[$query]}" = 1 ] && echo "$(grep -c ';$' "$work/$query.sql") statement(s)" || echo none))"
done

# One wrk run of $1 at $2 connections; prints "rps p50 p99 requests errors server_us pg_us client_us
# rss_kib" (the server's RSS just after the run).
run_server() {
    local query=$1 connections=$2 threads server_before server_after pg_before pg_after
    threads=$(( connections < cores ? connections : cores ))
    # shellcheck disable=SC2086
    set -- ${wrk_args[$query]}
    server_before=$(bench_cpu_ticks "$server_pid"); pg_before=$(bench_cluster_cpu_ticks "$postmaster")
    ( wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s --latency -s bench/post.lua "$url" -- "$work/$query.json" "$@" \
        > "$work/wrk.out"; times > "$work/wrk.times" )
    server_after=$(bench_cpu_ticks "$server_pid"); pg_after=$(bench_cluster_cpu_ticks "$postmaster")
    read -r rps p50 p99 requests errors < <(bench_wrk_summary "$work/wrk.out")
    awk -v rps="$rps" -v p50="$p50" -v p99="$p99" -v n="$requests" -v e="$errors" -v hz="$(getconf CLK_TCK)" \
        -v s=$((server_after - server_before)) -v pg=$((pg_after - pg_before)) -v c="$(bench_children_cpu_seconds "$work/wrk.times")" \
        -v rss="$(bench_rss_kib "$server_pid")" \
        'BEGIN { d = (n > 0 ? n : 1); printf "%s %s %s %d %d %.1f %.1f %.1f %d\n", rps, p50, p99, n, e, s * 1e6 / hz / d, pg * 1e6 / hz / d, c * 1e6 / d, rss }'
}

# One pgbench run of $1's SQL at $2 connections; prints "tps p50 p99 transactions failed pg_us client_us".
run_floor() {
    local query=$1 connections=$2 threads pg_before pg_after defines=()
    threads=$(( connections < cores ? connections : cores ))
    while IFS= read -r -d '' define; do defines+=(-D "$define"); done < "${pgbench_defines[$query]}"
    rm -f "$work"/pgb.*
    pg_before=$(bench_cluster_cpu_ticks "$postmaster")
    ( cd "$work" && pgbench -n -M prepared -c "$connections" -j "$threads" -T "$seconds" -l --log-prefix=pgb \
        -f "$query.sql" "${defines[@]}" "$DATABASE_URL" > pgbench.out 2>&1; times > pgbench.times ) \
        || { cat "$work/pgbench.out" >&2; echo "bench-queries: pgbench failed on $query" >&2; exit 1; }
    sleep 0.3   # let the postmaster reap the backends, so their CPU time is counted
    pg_after=$(bench_cluster_cpu_ticks "$postmaster")
    read -r tps done failed < <(bench_pgbench_summary "$work/pgbench.out")
    read -r p50 p99 < <(cat "$work"/pgb.* | awk '{ print $3 }' | bench_percentiles_ms)
    awk -v tps="$tps" -v p50="$p50" -v p99="$p99" -v n="$done" -v f="$failed" -v hz="$(getconf CLK_TCK)" \
        -v pg=$((pg_after - pg_before)) -v c="$(bench_children_cpu_seconds "$work/pgbench.times")" \
        'BEGIN { d = (n > 0 ? n : 1); printf "%s %s %s %d %d %.1f %.1f\n", tps, p50, p99, n, f, pg * 1e6 / hz / d, c * 1e6 / d }'
}

# Warm-up: each query through the server and through pgbench, so caches, plans and pages are hot.
for query in $selected; do
    saved=$seconds; seconds=2
    run_server "$query" 16 > /dev/null
    [ "${has_floor[$query]}" = 1 ] && run_floor "$query" 16 > /dev/null
    seconds=$saved
done
log "bench: warmed up; measuring ($repeat x ${seconds}s per tool, query and level)"

# The median of field $2 of the runs of tool $1 (server or floor).
m() { awk -v k="$2" '{ print $k }' "$work/$1.runs" | bench_median; }

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(uptime)
results="$out/results.tsv"
printf 'query\tconns\trps\tp50_ms\tp99_ms\ttps\tfloor_p50_ms\tfloor_p99_ms\tratio\tp99_ratio\tpeak_rss_kib\tserver_us\tpg_us\tfloor_pg_us\twrk_us\tpgbench_us\terrors\n' > "$results"
raw="$out/runs.tsv"
printf 'query\tconns\ttool\trun\tfigures\n' > "$raw"
for query in $selected; do
    for connections in $levels; do
        : > "$work/server.runs"; : > "$work/floor.runs"
        bench_reset_hwm "$server_pid" || true
        for run in $(seq 1 "$repeat"); do
            order="server floor"; [ $((run % 2)) = 0 ] && order="floor server"
            for tool in $order; do
                if [ "$tool" = server ]; then
                    line=$(run_server "$query" "$connections"); echo "$line" >> "$work/server.runs"
                elif [ "${has_floor[$query]}" = 1 ]; then
                    line=$(run_floor "$query" "$connections"); echo "$line" >> "$work/floor.runs"
                else
                    continue
                fi
                printf '%s\t%s\t%s\t%s\t%s\n' "$query" "$connections" "$tool" "$run" "$line" >> "$raw"
            done
        done
        hwm=$(bench_hwm_kib "$server_pid")
        rps=$(m server 1); p50=$(m server 2); p99=$(m server 3); errors=$(awk '{ s += $5 } END { print s + 0 }' "$work/server.runs")
        server_us=$(m server 6); pg_us=$(m server 7); wrk_us=$(m server 8)
        if [ "${has_floor[$query]}" = 1 ]; then
            tps=$(m floor 1); fp50=$(m floor 2); fp99=$(m floor 3); floor_pg_us=$(m floor 6); pgbench_us=$(m floor 7)
            errors=$((errors + $(awk '{ s += $5 } END { print s + 0 }' "$work/floor.runs")))
            ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
            p99_ratio=$(awk -v a="$p99" -v b="$fp99" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        else
            tps=n/a; fp50=n/a; fp99=n/a; floor_pg_us=n/a; pgbench_us=n/a; ratio=n/a; p99_ratio=n/a
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$query" "$connections" "$rps" "$p50" "$p99" \
            "$tps" "$fp50" "$fp99" "$ratio" "$p99_ratio" "$hwm" "$server_us" "$pg_us" "$floor_pg_us" "$wrk_us" "$pgbench_us" "$errors" >> "$results"
        log "bench: $query c=$connections: rectify $rps req/s p99 $p99 ms | floor $tps tps p99 $fp99 ms | ratio $ratio, p99 x$p99_ratio | peak RSS $((hwm / 1024)) MiB"
    done
done
load_after=$(uptime)

# The long run: the lookup at 64 connections until BENCH_LONG requests, RSS after each chunk and
# sampled every 2 s meanwhile.
long_query=$(awk '!/^#/ && NF { print $1; exit }' bench/queries.txt)
if [ "$long" != 0 ] && [ -n "${wrk_args[$long_query]+set}" ]; then
    log "bench: long run, $long requests of $long_query at 64 connections"
    bench_reset_hwm "$server_pid" || true
    rss_start=$(bench_rss_kib "$server_pid")
    ( while sleep 2; do printf '%s %s\n' "$(date +%s)" "$(bench_rss_kib "$server_pid")"; done ) > "$out/long-rss-samples.txt" &
    sampler_pid=$!
    served=0
    printf 'requests\trss_kib\thwm_kib\trps\n0\t%s\t%s\t-\n' "$rss_start" "$(bench_hwm_kib "$server_pid")" > "$out/long.tsv"
    while [ "$served" -lt "$long" ]; do
        saved=$seconds; seconds=$long_chunk
        read -r rps _ _ requests _ _ _ _ _ < <(run_server "$long_query" 64)
        seconds=$saved
        served=$((served + requests))
        printf '%s\t%s\t%s\t%s\n' "$served" "$(bench_rss_kib "$server_pid")" "$(bench_hwm_kib "$server_pid")" "$rps" >> "$out/long.tsv"
    done
    kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""
fi

scripts/bench-report.sh "$out" "$dataset" "$pg_version" "$cores" "$pool" "$seconds" "$repeat" "$started" "$load_before" "$load_after" "$targets"

#!/usr/bin/env bash
# Prints the query benchmark's report (Markdown) from a results directory written by
# scripts/bench-queries.sh, and saves it there as report.md.
#
#   scripts/bench-report.sh DIR DATASET PG_VERSION CORES POOL SECONDS REPEAT STARTED LOAD_BEFORE LOAD_AFTER TARGETS
set -euo pipefail
out=$1 dataset=$2 pg_version=$3 cores=$4 pool=$5 seconds=$6 repeat=$7 started=$8 load_before=$9
load_after=${10} targets=${11}

{
printf '## Queries: rectify vs the floor (its own SQL through pgbench)\n\n'
printf -- '- %s; %s cores; PostgreSQL %s; rectify: %s event loops, pool %s\n' "$dataset" "$cores" "$pg_version" "$cores" "$pool"
printf -- '- started %s; medians of %s runs of %s s per tool, query and level, interleaved\n' "$started" "$repeat" "$seconds"
printf -- '- load before: `%s`\n- load after:  `%s`\n' "$(echo "$load_before" | sed 's/^ *//')" "$(echo "$load_after" | sed 's/^ *//')"
printf -- '- targets: %s\n\n' "$targets"

awk -F'\t' '
    NR == 1 { next }
    {
        verdict = ""
        if ($17 > 0) verdict = verdict " ERRORS(" $17 ")"
        if ($3 + 0 == 0) verdict = verdict " no request completed"
        if ($9 != "n/a") {
            if ($9 + 0 < 0.70) verdict = verdict " throughput"
            if ($10 + 0 > 1.5) verdict = verdict " p99"
        }
        if ($2 == 64 && $11 / 1024 >= 64) verdict = verdict " RSS"
        verdict = (verdict == "" ? "pass" : "MISS:" verdict)
        if ($9 == "n/a") verdict = verdict " (no floor)"
        rows[NR] = sprintf("| %s | %s | %.0f | %.2f | %.2f | %s | %s | %s | %s | %s | %.1f | %s |", $1, $2, $3, $4, $5,
            ($6 == "n/a" ? "n/a" : sprintf("%.0f", $6)), ($7 == "n/a" ? "n/a" : sprintf("%.2f", $7)),
            ($8 == "n/a" ? "n/a" : sprintf("%.2f", $8)), $9, ($10 == "n/a" ? "n/a" : "x" $10), $11 / 1024, verdict)
        cpu[NR] = sprintf("| %s | %s | %s | %s | %s | %s | %s |", $1, $2, $12, $13, $14, $15, $16)
    }
    END {
        print "| query | conns | rectify req/s | p50 ms | p99 ms | floor tps | p50 ms | p99 ms | ratio | p99 ratio | peak RSS MiB | verdict |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
        for (i = 2; i <= NR; i++) if (i in rows) print rows[i]
        print ""
        print "CPU time per request (µs, user + system, from /proc): the rectify process; PostgreSQL (all backends)"
        print "while serving rectify; PostgreSQL while serving pgbench; the wrk and pgbench clients."
        print ""
        print "| query | conns | rectify | PostgreSQL via rectify | PostgreSQL via pgbench | wrk | pgbench |"
        print "|---|---:|---:|---:|---:|---:|---:|"
        for (i = 2; i <= NR; i++) if (i in cpu) print cpu[i]
    }' "$out/results.tsv"

if [ -f "$out/long.tsv" ]; then
    printf '\n## Memory over a long run (lookup, 64 connections)\n\n'
    awk -F'\t' '
        NR == 1 { next }
        { n++; req[n] = $1; rss[n] = $2; hwm = $3 }
        END {
            total = req[n]; half = total / 2
            for (i = 2; i <= n; i++) {
                if (req[i] <= half) { if (rss[i] > first) first = rss[i] } else if (rss[i] > second) second = rss[i]
            }
            printf "RSS in MiB at thousands of requests served:"
            step = (n > 12 ? int(n / 12) : 1)
            for (i = 1; i <= n; i += step) printf " %.1f@%dk", rss[i] / 1024, req[i] / 1000
            if ((n - 1) % step) printf " %.1f@%dk", rss[n] / 1024, req[n] / 1000
            printf "\n\n"
            printf "%d requests; RSS before %.1f MiB, end %.1f MiB; peak in the first half %.1f MiB, in the second half %.1f MiB; VmHWM %.1f MiB: %s\n",
                total, rss[1] / 1024, rss[n] / 1024, first / 1024, second / 1024, hwm / 1024,
                (second - first <= 1024 ? "flat (second-half peak within 1 MiB of the first half)" : "GROWING (second-half peak more than 1 MiB above the first half)")
        }' "$out/long.tsv"
fi
printf '\nRaw figures: %s (results.tsv, runs.tsv, long.tsv, the SQL of each query in NAME.sql.txt)\n' "$out"
} | tee "$out/report.md"

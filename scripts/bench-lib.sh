# Shell functions shared by the benchmark scripts (sourced, not run): medians, percentiles,
# wrk's and pgbench's output, CPU time and memory from /proc. No Python: awk and sort only.

# The median of the numbers on standard input (the lower middle of an even count).
bench_median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "nan" }'; }

# "p50 p99" in milliseconds of the latencies in microseconds on standard input (nearest rank:
# the value at position ceil(p * n) of the sorted list).
bench_percentiles_ms() {
    sort -n | awk '
        { v[NR] = $1 }
        function rank(p,   i) { i = int(p * NR); if (i < p * NR) i++; if (i < 1) i = 1; return v[i] }
        END { if (NR) printf "%.3f %.3f\n", rank(0.50) / 1000, rank(0.99) / 1000; else print "nan nan" }'
}

# "requests_per_second p50_ms p99_ms requests errors" from `wrk --latency` output in $1; errors
# counts socket errors and non-2xx/3xx responses.
bench_wrk_summary() {
    awk '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /m$/)  { sub(/m$/, "", v); return v * 60000 }
            if (v ~ /s$/)  { sub(/s$/, "", v); return v * 1000 }
            return v
        }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        / requests in / { requests = $1 }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { errors += $5 }
        END { printf "%s %s %s %s %d\n", rps, p50, p99, requests, errors }
    ' "$1"
}

# "tps transactions failed" from pgbench's output in $1.
bench_pgbench_summary() {
    awk '
        /^tps = / { tps = $3 }
        /number of transactions actually processed:/ { split($0, a, ": "); split(a[2], b, "/"); done = b[1] + 0 }
        /number of failed transactions:/ { split($0, a, ": "); failed = a[2] + 0 }
        END { printf "%s %d %d\n", tps, done, failed }
    ' "$1"
}

# CPU time (clock ticks, user + system, all threads) the given processes have used so far.
bench_cpu_ticks() {
    local pid total=0 ticks
    for pid in "$@"; do
        ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || ticks=0
        total=$((total + ${ticks:-0}))
    done
    echo "$total"
}

# CPU time (clock ticks) of a PostgreSQL cluster so far: the postmaster, its live children
# (backends, background workers) and the children it has already reaped (cutime + cstime), so a
# difference of two readings counts backends that started or ended in between.
bench_cluster_cpu_ticks() {
    local postmaster=$1 total child ticks
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
    for child in $(cat "/proc/$postmaster/task/$postmaster/children" 2>/dev/null); do
        ticks=$(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null) || ticks=0
        total=$((total + ${ticks:-0}))
    done
    echo "$total"
}

# A process's resident set (VmRSS) or its peak (VmHWM) in KiB.
bench_rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
bench_hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# Resets a process's VmHWM to its current RSS (proc(5), /proc/PID/clear_refs "5"); fails
# quietly where the kernel or permissions do not allow it.
bench_reset_hwm() { { echo 5 > "/proc/$1/clear_refs"; } 2>/dev/null; }

# User + system CPU seconds of a shell's children, from the output of `times` saved in $1 (its
# second line). Call `times > FILE` in the shell that ran the tool: a pipe or `$(…)` would run
# `times` in a fresh subshell, which has no children yet.
bench_children_cpu_seconds() {
    awk 'NR == 2 {
        n = split($1 " " $2, t, " "); s = 0
        for (i = 1; i <= n; i++) { split(t[i], p, "m"); sub(/s$/, "", p[2]); s += p[1] * 60 + p[2] }
        printf "%.3f\n", s }' "$1"
}

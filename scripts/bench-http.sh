#!/usr/bin/env bash
# HTTP benchmark (part of `make bench`, not a test): wrk against rectify-bench's `http-serve`
# mode and against an nginx instance of our own, both serving the same 13-byte body, at 1, 16
# and 256 connections; medians of 3 interleaved runs of requests/s, p99 latency and server CPU
# time per request, the ratio of our throughput to nginx's, and our server's RSS sampled from
# /proc as the requests add up.
#
# Environment: BENCH_DURATION (seconds per run, default 5), BENCH_RUNS (default 3),
# BENCH_CONNECTIONS (default "1 16 256"), HTTP_BENCH_PORT (default 18180; nginx uses +1).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-5}
runs=${BENCH_RUNS:-3}
levels=${BENCH_CONNECTIONS:-"1 16 256"}
port=${HTTP_BENCH_PORT:-18180}
nginx_port=$((port + 1))
cores=$(nproc)

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "bench-http: $tool not found (apt-get install wrk nginx-light)" >&2; exit 1; }
done

swift build -c release --product rectify-bench >&2
bench_bin="$(swift build -c release --show-bin-path)/rectify-bench"

work=$(mktemp -d)
ours_pid=""
nginx_pid=""
cleanup() {
    [ -n "$ours_pid" ] && kill -TERM "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# nginx: same body, one worker per core, no access log, keep-alive without a request cap.
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes $cores;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 60s;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port reuseport;
        location / {
            default_type text/plain;
            return 200 "Hello, World!";
        }
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
"$bench_bin" http-serve --host 127.0.0.1 --port "$port" --loops "$cores" > "$work/ours.log" 2>&1 &
ours_pid=$!

wait_for() {
    for _ in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$1/" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench-http: nothing answers on port $1" >&2
    exit 1
}
wait_for "$port"
wait_for "$nginx_port"
[ "$(curl -s "http://127.0.0.1:$port/")" = "$(curl -s "http://127.0.0.1:$nginx_port/")" ] || { echo "bench-http: bodies differ" >&2; exit 1; }

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$ours_pid/status"; }

# CPU time (clock ticks) used so far by the given processes, all their threads included.
cpu_ticks() {
    local total=0 pid user system
    for pid in "$@"; do
        read -r user system < <(awk '{ print $14, $15 }' "/proc/$pid/stat")
        total=$((total + user + system))
    done
    echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# Prints "requests_per_second p99_ms requests cpu_us_per_request" for one wrk run against
# port $1 with $2 connections, charging the CPU time of the processes listed after them.
run_wrk() {
    local target=$1 connections=$2 threads=2 before after
    shift 2
    [ "$connections" -lt 2 ] && threads=1
    before=$(cpu_ticks "$@")
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$target/" > "$work/wrk.out"
    after=$(cpu_ticks "$@")
    awk -v ticks=$((after - before)) -v hz="$ticks_per_second" '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
            if (v ~ /s$/)  { sub(/s$/, "", v); return v * 1000 }
            return v
        }
        /Requests\/sec:/ { rps = $2 }
        /^ +99%/ { p99 = ms($2) }
        / requests in / { requests = $1 }
        END { printf "%s %s %s %.2f\n", rps, p99, requests, (requests > 0 ? ticks * 1e6 / hz / requests : 0) }
    ' "$work/wrk.out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Warm both servers up (and let our RSS settle) before measuring.
wrk -t2 -c64 -d2s "http://127.0.0.1:$port/" >/dev/null
wrk -t2 -c64 -d2s "http://127.0.0.1:$nginx_port/" >/dev/null
rss_start=$(rss_kib)
served=0
rss_samples="$rss_start"

printf '\nHTTP benchmark: 13-byte body, wrk %ss x %s runs (medians), %s cores, access log off on both\n' "$duration" "$runs" "$cores"
nginx_processes="$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')"
printf '%-6s %13s %8s %8s %13s %8s %8s %7s\n' conns "rectify req/s" "p99 ms" "cpu us" "nginx req/s" "p99 ms" "cpu us" ratio
for connections in $levels; do
    for file in ours.rps ours.p99 ours.cpu nginx.rps nginx.p99 nginx.cpu; do : > "$work/$file"; done
    for _ in $(seq 1 "$runs"); do
        read -r rps p99 requests cpu < <(run_wrk "$port" "$connections" "$ours_pid")
        echo "$rps" >> "$work/ours.rps"; echo "$p99" >> "$work/ours.p99"; echo "$cpu" >> "$work/ours.cpu"
        served=$((served + requests))
        rss_samples="$rss_samples $(rss_kib)"
        # shellcheck disable=SC2086
        read -r rps p99 _ cpu < <(run_wrk "$nginx_port" "$connections" $nginx_processes)
        echo "$rps" >> "$work/nginx.rps"; echo "$p99" >> "$work/nginx.p99"; echo "$cpu" >> "$work/nginx.cpu"
    done
    ours_rps=$(median < "$work/ours.rps"); ours_p99=$(median < "$work/ours.p99"); ours_cpu=$(median < "$work/ours.cpu")
    nginx_rps=$(median < "$work/nginx.rps"); nginx_p99=$(median < "$work/nginx.p99"); nginx_cpu=$(median < "$work/nginx.cpu")
    ratio=$(awk -v a="$ours_rps" -v b="$nginx_rps" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
    printf '%-6s %13.0f %8.2f %8.2f %13.0f %8.2f %8.2f %7s\n' \
        "$connections" "$ours_rps" "$ours_p99" "$ours_cpu" "$nginx_rps" "$nginx_p99" "$nginx_cpu" "$ratio"
done
printf '(cpu us = server CPU time per request, user + system, from /proc: steadier than req/s on a busy machine)\n'
rss_end=$(rss_kib)
printf '\nrectify RSS (KiB) after warm-up %s, after each of our runs: %s\n' "$rss_start" "$rss_samples"
printf 'rectify served %s requests while measured; RSS change %+d KiB\n' "$served" "$((rss_end - rss_start))"

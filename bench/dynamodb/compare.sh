#!/usr/bin/env bash
# Query of one 10,000-item partition and a paginated Scan of 100,000 items, timed against
# `labrepl serve --in-memory` and moto_server in the same run, then GetItem latency on a
# table of 1,000,000 items against labrepl. Prints a Markdown table and the GetItem figures.
#   bench/dynamodb/compare.sh [RUNS]
# Ports: labrepl 4621, moto_server 5020 (the DynamoDB helper's ports in this project).
set -euo pipefail
runs="${1:-5}"
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
jar="$root/target/labrepl.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

wait_for() { for _ in $(seq 1 400); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.05; done; return 1; }
bench() { java -cp "$jar" "$dir/QueryScanBench.java" "$@" 2>/dev/null; }

java -jar "$jar" serve --port 4621 --in-memory >"$work/labrepl.log" 2>&1 & pids+=($!)
moto_server -p 5020 >"$work/moto.log" 2>&1 & pids+=($!)
wait_for 4621
wait_for 5020
bench http://127.0.0.1:4621 query-scan "$runs" >"$work/labrepl.txt"
bench http://127.0.0.1:5020 query-scan "$runs" >"$work/moto.txt"
bench http://127.0.0.1:4621 get-p99 1000000 20000 >"$work/get.txt"

value() { grep "^$2 " "$work/$1.txt" | awk "{print \$$3}"; }
echo "| server | Query 10,000 items, median (best) ms | Scan 100,000 items, median (best) ms |"
echo "|---|---|---|"
for name in labrepl moto; do
  echo "| $name | $(value $name query_ms 2) ($(value $name query_ms 3)) | $(value $name scan_ms 2) ($(value $name scan_ms 3)) |"
done
awk -v q1="$(value moto query_ms 2)" -v q2="$(value labrepl query_ms 2)" \
    -v s1="$(value moto scan_ms 2)" -v s2="$(value labrepl scan_ms 2)" \
    'BEGIN { printf "\nlabrepl is %.0fx faster than moto on Query, %.0fx on Scan (medians)\n", q1 / q2, s1 / s2 }'
echo
cat "$work/get.txt"

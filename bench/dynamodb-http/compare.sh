#!/usr/bin/env bash
# Runs run.sh against, in turn: the canned-response server on the local cloud's listener (the
# ceiling of loopback HTTP for its design) and on the JDK's HttpServer (the canned server of the
# earlier runs), `labrepl serve` in memory, the same with the table's stream on (NEW_AND_OLD_IMAGES),
# `labrepl serve` with a data folder (the default), and moto_server; prints a Markdown table.
# Needs wrk, curl, moto_server and a built jar.
#   bench/dynamodb-http/compare.sh [seconds]
set -euo pipefail
seconds="${1:-10}"
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
jar="$root/target/labrepl.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

wait_for() { for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.05; done; return 1; }

measure() { # name port command...
  local name="$1" port="$2"; shift 2
  "$@" >"$work/$name.log" 2>&1 &
  local pid=$!
  wait_for "$port"
  BENCH_STREAM="${STREAM:-}" "$dir/run.sh" "http://127.0.0.1:$port" "$seconds" >"$work/$name.txt"
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}

measure canned 4591 java -cp "$jar" "$dir/CannedServer.java" 4591 listener
measure canned-jdk 4596 java -cp "$jar" "$dir/CannedServer.java" 4596 jdk
measure labrepl-memory 4592 "$root/labrepl" serve --port 4592 --in-memory
STREAM=NEW_AND_OLD_IMAGES measure labrepl-memory-stream 4595 "$root/labrepl" serve --port 4595 --in-memory
measure labrepl-data 4593 "$root/labrepl" serve --port 4593 --data "$work/data"
measure moto 4594 moto_server -p 4594

value() { grep "^$2 $3 " "$work/$1.txt" | awk '{print $3}'; }
echo "| server | PutItem req/s | PutItem p50 / p99 ms | GetItem req/s | GetItem p50 / p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for name in canned canned-jdk labrepl-memory labrepl-memory-stream labrepl-data moto; do
  echo "| $name | $(value $name put rps) | $(value $name put p50_ms) / $(value $name put p99_ms)" \
       "| $(value $name get rps) | $(value $name get p50_ms) / $(value $name get p99_ms)" \
       "| $(( $(value $name put errors) + $(value $name get errors) )) |"
done

#!/usr/bin/env bash
# ListCustomers through lab 3's HTTP API (gateway -> Lambda -> DynamoDB scan of the lab's table)
# beside a direct Lambda Invoke of the same function, on one local cloud, in one run.
#   bench/http-api/run.sh              # 10 s per phase, 1 and 4 connections
#   DURATION=20 bench/http-api/run.sh
# Prints "<phase> <connections> <name> <value>" lines (p50_ms, p99_ms, rps, errors, ...).
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
port="${PORT:-4620}"
seconds="${DURATION:-10}"
jar="$root/target/labrepl.jar"
export BENCH_DIR="$dir" LAB_ROOT="$root"

[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)
# The flags the launcher gives serve.
java -XX:+UseG1GC -jar "$jar" serve --in-memory --port "$port" > "${TMPDIR:-/tmp}/http-api-serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

api_id="$(cd "$dir" && java -jar "$jar" run --endpoint "http://127.0.0.1:$port" --region us-west-2 setup.jsh \
  | sed -n 's/.*API_ID=\([a-z0-9]*\).*/\1/p' | tail -1)"
[ -n "$api_id" ] || { echo "setup failed" >&2; exit 1; }
export API_HOST="$api_id.execute-api.localhost:$port"
url="http://127.0.0.1:$port/"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
curl -s -H "Host: $API_HOST" "${url}ListCustomers"; echo

# Warm both paths (the function's JVM, the gateway's and the listener's code) before measuring.
wrk -t1 -c4 -d8s -s "$dir/through-api.lua" "$url" >/dev/null
wrk -t1 -c4 -d4s -s "$dir/direct-invoke.lua" "$url" >/dev/null
for connections in 1 4; do
  for phase in through-api direct-invoke; do
    wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$dir/$phase.lua" "$url" \
      | grep -E '^(requests|rps|errors|p[0-9.]+_ms) ' | sed "s/^/$phase $connections /"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

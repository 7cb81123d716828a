#!/usr/bin/env bash
# Starts `labrepl serve` (in memory, through the ./labrepl launcher, jar already built) and
# returns when the first ListTables has been answered; then stops it. Time it with hyperfine:
#   hyperfine --warmup 2 --runs 20 bench/dynamodb-http/first-answer.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${BENCH_PORT:-4598}"
"$root/labrepl" serve --in-memory --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/" \
    -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
    -d '{}'; do
  sleep 0.005
done

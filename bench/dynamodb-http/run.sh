#!/usr/bin/env bash
# Load test of PutItem then GetItem against any DynamoDB endpoint, over keep-alive HTTP.
#   bench/dynamodb-http/run.sh http://127.0.0.1:4566 [seconds]
# Creates the table BenchCustomers (if the endpoint answers CreateTable; with a stream of that view
# type when BENCH_STREAM is set, e.g. NEW_AND_OLD_IMAGES), writes with PutItem for the given time
# (default 10 s), then reads random written keys with GetItem.
# wrk: 2 threads, 16 connections. Prints "put <name> <value>" and "get <name> <value>" lines.
set -euo pipefail
endpoint="${1:?usage: run.sh ENDPOINT [SECONDS]}"
seconds="${2:-10}"
dir="$(cd "$(dirname "$0")" && pwd)"
export BENCH_DIR="$dir"
stream=""
[ -n "${BENCH_STREAM:-}" ] && stream=",\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"$BENCH_STREAM\"}"

curl -s -o /dev/null -X POST "$endpoint/" \
  -H 'Content-Type: application/x-amz-json-1.0' \
  -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' \
  -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
  -H 'X-Amz-Date: 20260101T000000Z' \
  -d '{"TableName":"BenchCustomers","AttributeDefinitions":[{"AttributeName":"ID","AttributeType":"S"}],"KeySchema":[{"AttributeName":"ID","KeyType":"HASH"}],"BillingMode":"PAY_PER_REQUEST"'"$stream}"

# A warm-up lets the JIT compile the hot paths before figures are taken: on two cores shared with
# wrk, C2 is still compiling the PutItem path after 5 s. Each operation runs twice, alternating:
# after a single put-then-get warm-up, C2 spent 2.7 s of the 10 s measured PutItem window
# recompiling the request path the GetItems had changed (JFR, bench/RESULTS.md), which was a
# measure of the JIT, not of PutItem.
for round in 1 2; do
  wrk -t2 -c16 -d"$((round == 1 ? 8 : 4))s" -s "$dir/put-item.lua" "$endpoint/" >/dev/null
  wrk -t2 -c16 -d4s -s "$dir/get-item.lua" "$endpoint/" >/dev/null
done
for op in put get; do
  wrk -t2 -c16 -d"${seconds}s" --latency -s "$dir/$op-item.lua" "$endpoint/" \
    | grep -E '^(requests|rps|errors|p[0-9.]+_ms) ' | sed "s/^/$op /"
done

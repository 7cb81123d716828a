#!/usr/bin/env bash
# `labrepl check all` on completed labs, from a cold start, as a learner runs it: once against the
# local cloud `serve` (or the REPL) runs on a port, once on the data folder alone (check then opens
# it itself). The labs are completed by replaying every lab script. RUNS repetitions each; prints
# every time and the medians.
#   bench/notebooks/check.sh [RUNS]
set -euo pipefail
runs="${1:-5}"
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
port=4595
data="$(mktemp -d)/data"
trap 'rm -rf "$(dirname "$data")"' EXIT
cd "$root"
[ -f target/labrepl.jar ] || ./mvnw -q -B -DskipTests package

./labrepl run --data "$data" --port "$port" --region us-west-2 lab-scripts/*.jsh >/dev/null

seconds() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo "scale=2; ($t1-$t0)/1000000000" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

./labrepl check all --data "$data" --port "$port" --region us-west-2 # a failing check stops the bench here
folder_times=()
for _ in $(seq 1 "$runs"); do
  folder_times+=("$(seconds ./labrepl check all --data "$data" --port "$port" --region us-west-2)")
done

./labrepl serve --data "$data" --port "$port" --region us-west-2 >/dev/null 2>&1 &
serve=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
served_times=()
for _ in $(seq 1 "$runs"); do
  served_times+=("$(seconds ./labrepl check all --port "$port" --region us-west-2)")
done
kill "$serve"; wait "$serve" 2>/dev/null || true

echo "check all, serve running (s):   ${served_times[*]}  median $(printf '%s\n' "${served_times[@]}" | median)"
echo "check all, data folder (s):     ${folder_times[*]}  median $(printf '%s\n' "${folder_times[@]}" | median)"

#!/usr/bin/env bash
# The labs' notebooks verified from a cold start: `./labrepl verify notebooks/` as a user runs it
# (every notebook, fresh local clouds; Labs 2 and 3 deploy and run Java functions), beside Lab 1's
# steps as AWS CLI commands (cli-replay.sh) against a freshly started moto_server: moto runs
# Lambda functions only in Docker, so Labs 2 and 3 have no replay there. RUNS repetitions each;
# prints every time and the medians.
#   bench/notebooks/compare.sh [RUNS]
set -euo pipefail
runs="${1:-3}"
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
port=4594
[ -f "$root/target/labrepl.jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)

seconds() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo "scale=2; ($t1-$t0)/1000000000" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

verify_times=(); cli_times=()
for i in $(seq 1 "$runs"); do
  verify_times+=("$(cd "$root" && seconds ./labrepl verify notebooks/)")
  moto_server -p "$port" >/dev/null 2>&1 &
  moto=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
  cli_times+=("$(seconds "$dir/cli-replay.sh" "http://127.0.0.1:$port")")
  kill "$moto" 2>/dev/null || true; wait "$moto" 2>/dev/null || true
done
echo "labrepl verify notebooks/ (s): ${verify_times[*]}  median $(printf '%s\n' "${verify_times[@]}" | median)"
echo "AWS CLI replay on moto (s):    ${cli_times[*]}  median $(printf '%s\n' "${cli_times[@]}" | median)"

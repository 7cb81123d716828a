#!/usr/bin/env bash
# S3 benchmark: LabREPL's local cloud beside moto_server, same machine, same run.
# PutObject and GetObject of 4 KiB and 1 MiB objects (wrk), then one 1 GiB `aws s3 cp`
# upload; for each, throughput and the server's peak resident memory (VmHWM, reset before
# each phase). Needs: a JDK, wrk, the aws CLI, moto_server. Writes a Markdown table to stdout.
#
#   bench/s3/run.sh            # defaults: 10 s per wrk phase, 2 threads, 16 connections
#   DURATION=20 bench/s3/run.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DURATION="${DURATION:-10}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
LABREPL_PORT="${LABREPL_PORT:-4610}"
MOTO_PORT="${MOTO_PORT:-5010}"
BIG_MIB="${BIG_MIB:-1024}"
work="$(mktemp -d)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for tool in java wrk aws moto_server; do
  command -v "$tool" >/dev/null || { echo "bench/s3: $tool is not installed" >&2; exit 1; }
done

[ -f "$root/target/labrepl.jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package)

export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_DEFAULT_REGION=us-west-2 AWS_REGION=us-west-2
export AWS_CONFIG_FILE="$work/no-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-credentials" AWS_PAGER=""

wait_for_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "bench/s3: nothing listens on port $1" >&2
  exit 1
}

reset_peak() { echo 5 > "/proc/$1/clear_refs"; }
peak_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# CPU seconds (user + system) a process has used: on a shared machine, work per CPU-second
# says more than work per wall-clock second.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# The base64 CRC32 of the body request.lua sends: BYTES times "x".
body_crc32() {
  python3 -c "import base64,sys,zlib; print(base64.b64encode(zlib.crc32(b'x' * int(sys.argv[1])).to_bytes(4, 'big')).decode())" "$1"
}

# wrk phase: prints "requests/s MiB/s p50 p99 errors peakRSS requests-per-server-CPU-second"
wrk_phase() { # pid port method bytes
  local pid=$1 port=$2 method=$3 bytes=$4 line cpu_before
  reset_peak "$pid"
  cpu_before=$(cpu_seconds "$pid")
  line=$(METHOD=$method BUCKET=bench BODY_BYTES=$bytes BODY_CRC32=$(body_crc32 "$bytes") wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
    -s "$here/request.lua" "http://127.0.0.1:$port" | grep '^RESULT')
  local requests seconds errors p50 p99
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  seconds=$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<<"$line")
  errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$line")
  p50=$(sed 's/.*p50_ms=\([0-9.]*\).*/\1/' <<<"$line")
  p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$line")
  awk -v r="$requests" -v s="$seconds" -v b="$bytes" -v e="$errors" -v p50="$p50" -v p99="$p99" -v m="$(peak_mib "$pid")" \
    -v cpu="$(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" 'BEGIN { print b - a }')" \
    'BEGIN { printf "%.0f %.1f %s %s %s %s %.0f\n", r / s, r * b / s / 1048576, p50, p99, e, m, r / cpu }'
}

big_upload() { # pid port
  local pid=$1 port=$2 start end cpu_before
  reset_peak "$pid"
  cpu_before=$(cpu_seconds "$pid")
  start=$(date +%s.%N)
  aws --endpoint-url "http://127.0.0.1:$port" s3 cp --only-show-errors "$work/big.bin" "s3://bench/big.bin"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v mib="$BIG_MIB" -v m="$(peak_mib "$pid")" \
    -v cpu="$(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" 'BEGIN { print b - a }')" \
    'BEGIN { printf "%.1f %.1f %s %.1f\n", e - s, mib / (e - s), m, cpu }'
}

prepare() { # port
  aws --endpoint-url "http://127.0.0.1:$1" s3api create-bucket --bucket bench \
    --create-bucket-configuration LocationConstraint=us-west-2 >/dev/null
  for bytes in 4096 1048576; do
    METHOD=PUT BUCKET=bench BODY_BYTES=$bytes BODY_CRC32=$(body_crc32 "$bytes") wrk -t1 -c1 -d1s -s "$here/request.lua" "http://127.0.0.1:$1" >/dev/null
  done
}

head -c $((BIG_MIB * 1024 * 1024)) /dev/urandom > "$work/big.bin"

# The flags ./labrepl gives `serve`; LABREPL_BENCH_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# measures the REPL's quick-start JVM instead.
java ${LABREPL_BENCH_JAVA_OPTS:--XX:+UseG1GC -Xshare:auto} -jar "$root/target/labrepl.jar" \
  serve --port "$LABREPL_PORT" --in-memory --region us-west-2 >"$work/labrepl.log" 2>&1 &
labrepl_pid=$!; pids+=("$labrepl_pid")
moto_server -p "$MOTO_PORT" >"$work/moto.log" 2>&1 &
moto_pid=$!; pids+=("$moto_pid")
wait_for_port "$LABREPL_PORT"; wait_for_port "$MOTO_PORT"
prepare "$LABREPL_PORT"; prepare "$MOTO_PORT"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} s per phase; 100 keys in turn"
echo
echo "| operation | server | requests/s | MiB/s | p50 ms | p99 ms | errors | peak RSS MiB | requests per server CPU-s |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for phase in "PUT 4096 PutObject 4 KiB" "GET 4096 GetObject 4 KiB" "PUT 1048576 PutObject 1 MiB" "GET 1048576 GetObject 1 MiB"; do
  # A GET phase reads the 100 objects the PUT phase of the same size left.
  read -r method bytes label <<<"$phase"
  for server in labrepl moto; do
    if [ $server = labrepl ]; then pid=$labrepl_pid; port=$LABREPL_PORT; else pid=$moto_pid; port=$MOTO_PORT; fi
    read -r rps mibs p50 p99 errors peak per_cpu <<<"$(wrk_phase "$pid" "$port" "$method" "$bytes")"
    echo "| $label | $server | $rps | $mibs | $p50 | $p99 | $errors | $peak | $per_cpu |"
  done
done
echo
echo "| operation | server | seconds | MiB/s | peak RSS MiB | server CPU s |"
echo "|---|---|---:|---:|---:|---:|"
for server in labrepl moto; do
  if [ $server = labrepl ]; then pid=$labrepl_pid; port=$LABREPL_PORT; else pid=$moto_pid; port=$MOTO_PORT; fi
  read -r seconds mibs peak cpu <<<"$(big_upload "$pid" "$port")"
  echo "| aws s3 cp ${BIG_MIB} MiB | $server | $seconds | $mibs | $peak | $cpu |"
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

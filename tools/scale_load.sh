#!/usr/bin/env bash
# The measurements of docs/SCALE.md: claimcheck_load against the embedded store, then against one
# and two claimcheck_server front ends on a 3-master Redis Cluster, and Redis memory per claim.
#
#   bazel build -c opt //services:claimcheck_server //tools:claimcheck_load
#   tools/scale_load.sh [ARTICLES] [CONCURRENCY]        # defaults 2000 and 8
#
# Everything listens on loopback ports picked here (free at start), runs in a temporary folder
# and is stopped by PID at exit. Each setup starts from an empty store. Prints one block per
# setup (claimcheck_load's report) and, for Redis, the memory the masters use per stored claim.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=${1:-2000}
concurrency=${2:-8}
server=bazel-bin/services/claimcheck_server
load=bazel-bin/tools/claimcheck_load
for binary in "$server" "$load" /usr/bin/redis-server /usr/bin/redis-cli; do
  [ -x "$binary" ] || { echo "scale_load: $binary missing (see the usage line)" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cpu_seconds() {  # CPU seconds (user + system) each process started so far has used
  local tick; tick=$(getconf CLK_TCK)
  for pid in "${pids[@]}"; do
    [ -r "/proc/$pid/stat" ] || continue
    local name; name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | cut -d' ' -f1 | xargs basename)
    awk -v name="$name" -v tick="$tick" '{printf "  cpu %-20s %6.1f s\n", name, ($14 + $15) / tick}' \
      "/proc/$pid/stat"
  done
}

stop_all() {  # stops every server and node started so far, by PID
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}
cleanup() {
  stop_all
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {  # a loopback port nothing listens on, with port+10000 free too (a cluster bus)
  while true; do
    local port=$((30000 + RANDOM % 15000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null &&
       ! (exec 3<>"/dev/tcp/127.0.0.1/$((port + 10000))") 2>/dev/null; then
      echo "$port"; return
    fi
  done
}

start_server() {  # start_server LOGNAME FLAGS...: sets $address to where it listens
  local log="$work/$1.log"; shift
  "$server" --listen=127.0.0.1:0 "$@" >/dev/null 2>"$log" &
  pids+=($!)
  for _ in $(seq 100); do
    address=$(sed -nE 's/.*listening on (127\.0\.0\.1:[0-9]+).*/\1/p' "$log")
    if [ -n "$address" ]; then return; fi
    sleep 0.1
  done
  echo "scale_load: the server did not start:" >&2; cat "$log" >&2; exit 1
}

start_cluster() {  # starts 3 masters; sets $seeds and $ports
  ports=()
  for _ in 1 2 3; do
    local port; port=$(free_port)
    /usr/bin/redis-server --port "$port" --bind 127.0.0.1 --cluster-enabled yes \
      --cluster-config-file "$work/nodes-$port.conf" --cluster-node-timeout 5000 \
      --dir "$work" --save "" --appendonly no --logfile "$work/redis-$port.log" >/dev/null &
    pids+=($!)
    ports+=("$port")
  done
  for port in "${ports[@]}"; do
    until /usr/bin/redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done
  done
  /usr/bin/redis-cli --cluster create "${ports[@]/#/127.0.0.1:}" --cluster-replicas 0 \
    --cluster-yes >"$work/create.log" 2>&1
  until /usr/bin/redis-cli -p "${ports[0]}" cluster info | grep -q cluster_state:ok; do sleep 0.1; done
  seeds=$(printf '127.0.0.1:%s,' "${ports[@]}"); seeds=${seeds%,}
}

key_memory() {  # bytes of the store's keys by kind (MEMORY USAGE of every key), one line each
  for port in "${ports[@]}"; do
    /usr/bin/redis-cli -p "$port" --scan --pattern 'claimcheck:*' | while read -r key; do
      echo "$(echo "$key" | cut -d: -f2) $(/usr/bin/redis-cli -p "$port" memory usage "$key" samples 0)"
    done
  done | awk '{bytes[$1] += $2} END {for (k in bytes) printf "  %-8s %10d bytes\n", k, bytes[k]}' | sort
}

used_memory() {  # bytes the cluster's masters use in all
  local total=0
  for port in "${ports[@]}"; do
    local used; used=$(/usr/bin/redis-cli -p "$port" info memory | sed -nE 's/^used_memory:([0-9]+).*/\1/p')
    total=$((total + used))
  done
  echo "$total"
}

run_load() {  # run_load TITLE ADDRESSES
  echo "== $1"
  "$load" --server="$2" --articles="$articles" --checks="$articles" \
    --concurrency="$concurrency" --max_seconds=120
}

echo "articles $articles, concurrency $concurrency, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_server embedded
run_load "embedded store (one process)" "$address"
cpu_seconds
stop_all

for front_ends in 1 2; do
  start_cluster
  empty=$(used_memory)
  addresses=()
  for i in $(seq "$front_ends"); do
    start_server "redis-$front_ends-$i" --store="redis://$seeds" --redis_wait_replicas=0
    addresses+=("$address")
  done
  joined=$(IFS=,; echo "${addresses[*]}")
  run_load "$front_ends front end(s) on a 3-master Redis Cluster" "$joined"
  used=$(used_memory)
  stored=0
  for s in $(seq 0 15); do
    n=$(/usr/bin/redis-cli -c -p "${ports[0]}" hget "claimcheck:n:{s$s}" claims)
    stored=$((stored + ${n:-0}))
  done
  echo "redis memory: $((used - empty)) bytes for $stored claims = $(( (used - empty) / (stored > 0 ? stored : 1) )) bytes per claim; by kind of key:"
  key_memory
  cpu_seconds
  stop_all
done

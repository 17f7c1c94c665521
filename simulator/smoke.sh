#!/usr/bin/env bash
# CI smoke test of the fleet simulator against a real host on SQLite.
# Builds nothing: run `dotnet build Upjunoo.Akka.sln -c Release -m:2` first.
# Starts the host (Development, temp data folder, free port), waits for /readyz, runs a seeded mixed scenario
# (~30 s of traffic, 200 drivers, 100 riders; a small delivery load: 8 stores, 24 couriers, 20 customers), stops the host
# by its pid, and exits with the simulator's exit code.
# Override with SMOKE_DRIVERS, SMOKE_RIDERS, SMOKE_STORES, SMOKE_COURIERS, SMOKE_CUSTOMERS, SMOKE_DURATION, SMOKE_DRAIN,
# SMOKE_SEED, SMOKE_OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

HOST_DLL=src/Host/bin/Release/net10.0/Upjunoo.Host.dll
SIM_DLL=simulator/bin/Release/net10.0/Upjunoo.Simulator.dll
for f in "$HOST_DLL" "$SIM_DLL"; do
  [ -f "$f" ] || { echo "smoke: $f is missing; run 'dotnet build Upjunoo.Akka.sln -c Release -m:2' first" >&2; exit 2; }
done

free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

PORT=$(free_port)
DATA=$(mktemp -d /tmp/upjunoo-smoke.XXXXXX)
OUT=${SMOKE_OUT:-out/smoke}
mkdir -p "$OUT"
HOST_PID=""

stop_host() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  HOST_PID=""
  rm -rf "$DATA"
}
trap stop_host EXIT

echo "smoke: host on http://127.0.0.1:$PORT (data $DATA, log $OUT/host.log)"
ASPNETCORE_ENVIRONMENT=Development Upjunoo__DataDirectory="$DATA" Cluster__Port=0 \
  dotnet "$HOST_DLL" --urls "http://127.0.0.1:$PORT" >"$OUT/host.log" 2>&1 &
HOST_PID=$!

for i in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null; then break; fi
  if ! kill -0 "$HOST_PID" 2>/dev/null; then echo "smoke: the host exited; see $OUT/host.log" >&2; tail -n 30 "$OUT/host.log" >&2; exit 2; fi
  [ "$i" = 120 ] && { echo "smoke: the host was not ready within 60 s" >&2; exit 2; }
  sleep 0.5
done
echo "smoke: host ready"

set +e
dotnet "$SIM_DLL" --scenario mixed --target "http://127.0.0.1:$PORT" \
  --drivers "${SMOKE_DRIVERS:-200}" --riders "${SMOKE_RIDERS:-100}" \
  --stores "${SMOKE_STORES:-8}" --couriers "${SMOKE_COURIERS:-24}" --customers "${SMOKE_CUSTOMERS:-20}" \
  --duration "${SMOKE_DURATION:-30s}" --drain "${SMOKE_DRAIN:-30s}" --seed "${SMOKE_SEED:-42}" \
  --report "$OUT/report.json" --plot "$OUT/report.png" --plain
code=$?
set -e
echo "smoke: simulator exit code $code"
stop_host
exit "$code"

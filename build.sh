#!/usr/bin/env bash
# Upjunoo build entry point.
#   ./build.sh run    run the service on SQLite (Development, http://localhost:5000)
#   ./build.sh test   build once, start a throwaway PostgreSQL, run every test project, print the summary
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PG_DIR=""
PG_BIN=""

log() { printf '\n==> %s\n' "$*"; }

free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

as_pg_owner() {
  # initdb and postgres refuse to run as root: run them as the postgres user when we are root.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/upjunoo-pg.XXXXXX)
  [ "$(id -u)" = "0" ] && chown postgres "$PG_DIR"
  local port; port=$(free_port)
  as_pg_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U upjunoo --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1
  as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  as_pg_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U upjunoo upjunoo
  export UPJUNOO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=upjunoo;Username=upjunoo;Password=upjunoo;Maximum Pool Size=50"
  log "Throwaway PostgreSQL on 127.0.0.1:$port ($PG_DIR)"
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

run_tests() {
  log "Build (once)"
  dotnet build Upjunoo.Akka.sln -c Release -m:2 -nologo -clp:ErrorsOnly

  local filter=""
  if [ -n "${UPJUNOO_TEST_POSTGRES:-}" ]; then
    log "Using PostgreSQL from UPJUNOO_TEST_POSTGRES"
  elif start_postgres; then
    trap stop_postgres EXIT
  elif [ "${CI:-}" = "true" ]; then
    log "PostgreSQL is not installed: under CI the PostgreSQL tests run anyway and fail."
  else
    printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
    printf '!!  PostgreSQL is not installed (apt-get install postgresql):             !!\n'
    printf '!!  the PostgreSQL tests are NOT run on this machine. CI runs them.       !!\n'
    printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n'
    filter="Category!=Postgres"
  fi

  local results; results=$(mktemp -d /tmp/upjunoo-tests.XXXXXX)
  local projects=(tests/*/*.Tests.csproj)
  log "Running ${#projects[@]} test projects in parallel"
  local pids=()
  for project in "${projects[@]}"; do
    local name; name=$(basename "$project" .csproj)
    (
      dotnet test "$project" -c Release --no-build --nologo ${filter:+--filter "$filter"} >"$results/$name.log" 2>&1
      echo $? >"$results/$name.rc"
    ) &
    pids+=($!)
  done
  wait "${pids[@]}" || true

  # The fleet simulator against a real host on SQLite (after the test projects, so it does not starve them of CPU).
  log "Simulator smoke (seeded mixed scenario against a real host)"
  if SMOKE_OUT="$results/smoke" simulator/smoke.sh >"$results/simulator-smoke.log" 2>&1; then
    echo 0 >"$results/simulator-smoke.rc"
  else
    echo $? >"$results/simulator-smoke.rc"
  fi

  local passed=0 failed=0 skipped=0 broken=0
  for project in "${projects[@]}"; do
    local name; name=$(basename "$project" .csproj)
    local line; line=$(grep -E '(Passed|Failed)!  - Failed:' "$results/$name.log" | tail -n 1 || true)
    local rc; rc=$(cat "$results/$name.rc" 2>/dev/null || echo 1)
    if [ -z "$line" ]; then
      echo "--- $name produced no result (exit $rc):"; tail -n 40 "$results/$name.log"; broken=$((broken + 1)); continue
    fi
    echo "$name: $line"
    local f p s
    f=$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    if [ "$f" != "0" ] || [ "$rc" != "0" ]; then
      echo "--- failures in $name:"; grep -E '^\s+(Failed|\[FAIL\])|Error Message|Assert|Exception' "$results/$name.log" | head -n 60 || true
      [ "$f" = "0" ] && broken=$((broken + 1))
    fi
  done
  local smoke_rc; smoke_rc=$(cat "$results/simulator-smoke.rc")
  if [ "$smoke_rc" = "0" ]; then
    echo "Simulator smoke: passed ($(grep -E 'trips|requests' "$results/simulator-smoke.log" | tail -n 1))"
    passed=$((passed + 1))
  else
    echo "--- simulator smoke failed (exit $smoke_rc):"; tail -n 40 "$results/simulator-smoke.log"
    failed=$((failed + 1))
  fi
  rm -rf "$results"
  echo
  echo "$passed passed, $((failed + broken)) failed, $skipped skipped"
  [ "$failed" = "0" ] && [ "$broken" = "0" ]
}

case "${1:-}" in
  run)
    shift
    export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
    exec dotnet run --project src/Host -c Release -- --urls "${URLS:-http://localhost:5000}" "$@"
    ;;
  test) run_tests ;;
  *) echo "usage: ./build.sh run | test"; exit 2 ;;
esac

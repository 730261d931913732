#!/usr/bin/env bash
# HTTP load benchmark: `neraca serve` on 127.0.0.1 against loaded databases, wrk at 64 connections for a bounded time
# against the dashboard's JSON API (balance of 24 months, top-10 HS2, top-10 partners; 10 provinces) with an API token
# and anonymously, and against the dashboard page itself. Prints req/s, p50/p99 latency, errors and the server's peak RSS.
# Usage: bench/http.sh [DB...]   (SQLite file paths or PostgreSQL connection strings, already loaded; default: the
#        1M-row generated file imported into a fresh SQLite file and a fresh PostgreSQL database)
# Env: SECONDS_PER_RUN (20), CONNECTIONS (64), BENCH_PORT (5097), PERIOD (latest month of the data, default 2025-12), NERACA_BENCH_DIR.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"
duration="${SECONDS_PER_RUN:-20}"; connections="${CONNECTIONS:-64}"; period="${PERIOD:-2025-12}"; port="${BENCH_PORT:-5097}"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
pg="$(scripts/pg-test.sh start | tail -n 1)"
# Published as a deployment would be: ReadyToRun (precompiled), so start-up and first requests do not wait for the JIT.
dotnet publish src/Neraca.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli-bin" -v quiet -clp:ErrorsOnly >/dev/null
neraca() { dotnet "$work/cli-bin/neraca.dll" "$@"; }

databases=("$@")
if [ ${#databases[@]} -eq 0 ]; then
  file="$work/national-1000000.csv"
  [ -f "$file" ] || neraca generate --rows 1000000 --seed 1 --out "$file"
  rm -f "$work/http.db"*
  neraca import "$file" --reports-later --db "$work/http.db" >/dev/null
  psql "host=127.0.0.1 port=${NERACA_PG_PORT:-54329} user=app password=app dbname=postgres" -qc "DROP DATABASE IF EXISTS bench_http" -c "CREATE DATABASE bench_http" >/dev/null
  neraca import "$file" --reports-later --db "${pg/Database=app/Database=bench_http}" >/dev/null
  databases=("$work/http.db" "${pg/Database=app/Database=bench_http}")
fi

from="$(date -d "$period-01 -23 months" +%Y-%m)"
api="" page=""
for p in 31 32 35 33 12 64 18 73 51 21; do
  api+=" /api/trade/balance?province=$p&from=$from&to=$period"
  api+=" /api/trade/top?by=hs2&flow=export&period=$period&province=$p"
  api+=" /api/trade/top?by=country&flow=export&period=$period&province=$p"
  page+=" /?province=$p&period=$period&flow=export"
done

warm() { # token paths: 5 s of the same load, unmeasured (JIT tiering, caches, connection pools)
  NERACA_TOKEN="$1" NERACA_PATHS="$2" wrk -t2 -c"$connections" -d5s -s bench/http.lua "http://127.0.0.1:$port" >/dev/null
}

run() { # label token paths → one table row
  local out; out="$(NERACA_TOKEN="$2" NERACA_PATHS="$3" wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s -s bench/http.lua "http://127.0.0.1:$port")"
  read -r _ n secs p50 p99 status sock <<< "$(grep '^RESULT' <<< "$out")"
  local rss; rss=$(( $(awk '/VmHWM/ {print $2}' "/proc/$server/status") / 1024 ))
  echo "| $engine | $1 | $(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / s }') | $p50 | $p99 | $status non-2xx, $sock socket | $rss |"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(dotnet --version) SDK; $(psql --version); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: 2 threads, $connections connections, ${duration} s per row after 5 s of warm-up of each row, on the same 2 cores as the server"
echo
echo "| engine | target | req/s | p50 ms | p99 ms | errors | server peak RSS MB |"
echo "|---|---|---:|---:|---:|---|---:|"
for db in "${databases[@]}"; do
  engine=SQLite; [[ "$db" == *Host=* ]] && engine=PostgreSQL
  printf 'Load-test-2026-kopi!\n' | neraca user add --email bench@example.org --role analyst --password-stdin --db "$db" >/dev/null 2>&1 || true # exists already on a reused database
  token="$(neraca token create --user bench@example.org --name "http bench" --db "$db" 2>/dev/null | tail -n 1)"
  # The API's per-address rate limit (120/min by default) would answer 429 to a load test from one address.
  Neraca__Security__ApiPermitsPerMinute=100000000 Logging__LogLevel__Default=Warning \
    dotnet "$work/cli-bin/neraca.dll" serve --urls "http://127.0.0.1:$port" --db "$db" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/trade/balance?from=$period&to=$period" && break; sleep 1; done
  warm "$token" "$api"; warm "" "$api"; warm "" "$page"
  run "JSON API, API token" "$token" "$api"
  run "JSON API, anonymous" "" "$api"
  run "dashboard page, anonymous" "" "$page"
  kill "$server"; wait "$server" 2>/dev/null || true
done

#!/usr/bin/env bash
# "Time until the dashboard shows new data": a server runs on an empty database (SQLite and PostgreSQL) with the
# dashboard open; the generated 1M-row file is imported by the CLI (a separate process, as an analyst would);
# then the dashboard's JSON API and page are requested until they show the imported month. Prints the import time
# (end to end, including the aggregates) and the time from the import's exit to the first complete dashboard answer.
# Usage: bench/visible.sh [ROWS]   (default 1000000; uses the generated file of bench/import.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"; work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"; port=5098; period="${PERIOD:-2025-12}"
pg="$(scripts/pg-test.sh start | tail -n 1)"
dotnet publish src/Neraca.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli-bin" -v quiet -clp:ErrorsOnly >/dev/null
neraca() { dotnet "$work/cli-bin/neraca.dll" "$@"; }
file="$work/national-$rows.csv"
[ -f "$file" ] || neraca generate --rows "$rows" --seed 1 --out "$file"
now() { date +%s.%N; }
url="http://127.0.0.1:$port"

echo "machine: $(nproc) cores; $(dotnet --version) SDK; $(psql --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| engine | rows | import s (end to end) | import exit → dashboard API shows the data, s | → dashboard page shows it, s |"
echo "|---|---:|---:|---:|---:|"
for engine in SQLite PostgreSQL; do
  if [ "$engine" = SQLite ]; then
    rm -f "$work/visible.db"*; db="$work/visible.db"
  else
    psql "host=127.0.0.1 port=${NERACA_PG_PORT:-54329} user=app password=app dbname=postgres" -qc "DROP DATABASE IF EXISTS bench_visible" -c "CREATE DATABASE bench_visible" >/dev/null
    db="${pg/Database=app/Database=bench_visible}"
  fi
  dotnet "$work/cli-bin/neraca.dll" serve --urls "$url" --db "$db" >"$work/visible-serve.log" 2>&1 &
  server=$!
  for _ in $(seq 60); do curl -fs -o /dev/null "$url/api/trade/balance?from=$period&to=$period" && break; sleep 1; done
  api="$url/api/trade/top?by=country&flow=export&period=$period&province=31"
  curl -fs "$url/api/trade/balance?province=31&from=$period&to=$period" >/dev/null # the dashboard open before the import
  start=$(now)
  neraca import "$file" --reports-later --db "$db" >/dev/null # the server writes the monthly reports
  done_at=$(now)
  until curl -fs "$api" | grep -q '"rank":1'; do sleep 0.05; done
  api_at=$(now)
  until curl -fs "$url/?province=31&period=$period" | grep -q 'table=balance'; do sleep 0.05; done
  page_at=$(now)
  awk -v e="$engine" -v r="$rows" -v s="$start" -v d="$done_at" -v a="$api_at" -v p="$page_at" \
    'BEGIN { printf "| %s | %d | %.1f | %.2f | %.2f |\n", e, r, d - s, a - d, p - d }'
  kill "$server"; wait "$server" 2>/dev/null || true
done

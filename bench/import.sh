#!/usr/bin/env bash
# Import benchmark: generated national CSV files of several sizes imported into fresh SQLite and PostgreSQL
# databases, with same-run baselines (C# parse floor, psql \copy into an unindexed table).
# Prints a Markdown table: rows/s and peak RSS. Usage: bench/import.sh [ROWS...]   (default: 250000 1000000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("${@:-250000 1000000}"); read -r -a sizes <<< "${sizes[*]}"
work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"
pg="$(scripts/pg-test.sh start | tail -n 1)"
psql_url="host=127.0.0.1 port=${NERACA_PG_PORT:-54329} user=app password=app"
./neraca --help >/dev/null 2>&1
dotnet build bench/Neraca.Bench -c Release -o "$work/bench-bin" -v quiet -clp:ErrorsOnly >/dev/null

measure() { # prints "seconds peak_kb" of a command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  cat "$work/time"
}
rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", r / (s > 0 ? s : 0.001) }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(dotnet --version) SDK; $(psql --version); SQLite (Microsoft.Data.Sqlite bundled)"
echo
echo "| rows | path | seconds | rows/s | peak RSS MB |"
echo "|---:|---|---:|---:|---:|"
for n in "${sizes[@]}"; do
  file="$work/national-$n.csv"
  [ -f "$file" ] || ./neraca generate --rows "$n" --seed 1 --out "$file"
  read -r s kb < <(measure dotnet "$work/bench-bin/Neraca.Bench.dll" parse "$file")
  echo "| $n | C# parse only (floor) | $s | $(rate "$n" "$s") | $((kb / 1024)) |"
  rm -f "$work/bench.db"*
  read -r s kb < <(measure ./neraca import "$file" --reports-later --db "$work/bench.db")
  echo "| $n | neraca import → SQLite | $s | $(rate "$n" "$s") | $((kb / 1024)) |"
  psql "$psql_url dbname=postgres" -qc "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null
  read -r s kb < <(measure ./neraca import "$file" --reports-later --db "${pg/Database=app/Database=bench}")
  echo "| $n | neraca import → PostgreSQL | $s | $(rate "$n" "$s") | $((kb / 1024)) |"
  psql "$psql_url dbname=bench" -qc "CREATE TABLE raw (period text, flow text, province int, hs_code text, country text, port text, value_usd numeric, netweight_kg numeric)" >/dev/null
  read -r s kb < <(measure psql "$psql_url dbname=bench" -qc "\\copy raw FROM '$file' WITH (FORMAT csv, HEADER true)")
  echo "| $n | psql \\copy → unindexed table (baseline) | $s | $(rate "$n" "$s") | - |"
done

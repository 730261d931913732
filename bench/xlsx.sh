#!/usr/bin/env bash
# The real BPS portal downloads (../shared/data/bps/exim_*.xlsx), each imported end to end into a fresh SQLite file and
# a fresh PostgreSQL database: time, peak RSS, cells read and facts written. Usage: bench/xlsx.sh [FILE.xlsx...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(../shared/data/bps/exim_*.xlsx)
work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"
pg="$(scripts/pg-test.sh start | tail -n 1)"
psql_url="host=127.0.0.1 port=${NERACA_PG_PORT:-54329} user=app password=app"
./neraca --help >/dev/null 2>&1

echo "machine: $(nproc) cores; $(dotnet --version) SDK; $(psql --version)"
echo
echo "| file | MB | engine | seconds | peak RSS MB | cells read | facts |"
echo "|---|---:|---|---:|---:|---:|---:|"
for file in "${files[@]}"; do
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
  for engine in SQLite PostgreSQL; do
    if [ "$engine" = SQLite ]; then
      rm -f "$work/xlsx.db"*; db="$work/xlsx.db"
    else
      psql "$psql_url dbname=postgres" -qc "DROP DATABASE IF EXISTS bench_xlsx" -c "CREATE DATABASE bench_xlsx" >/dev/null 2>&1
      db="${pg/Database=app/Database=bench_xlsx}"
    fi
    /usr/bin/time -f "%e %M" -o "$work/time" ./neraca import "$file" --db "$db" --json > "$work/summary.json"
    read -r s kb < "$work/time"
    read -r cells facts < <(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d=d[0] if isinstance(d,list) else d; print(d.get('cellsRead'), d.get('factsImported'))" "$work/summary.json")
    echo "| $(basename "$file") | $mb | $engine | $s | $((kb / 1024)) | $cells | $facts |"
  done
done

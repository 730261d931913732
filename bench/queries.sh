#!/usr/bin/env bash
# Dashboard queries Q1–Q4 through the engine on loaded databases (cold, warm without and with the result cache) and the
# DuckDB baseline on the same CSV (loaded into DuckDB, raw facts). The bench is published ReadyToRun, as a deployment
# would be, so "cold" is the first run in a process, not JIT compilation.
# Usage: bench/queries.sh FILE.csv PROVINCE YEAR MONTH DB...   (DB: SQLite file or PostgreSQL connection string)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -ge 5 ] || { echo "usage: bench/queries.sh FILE.csv PROVINCE YEAR MONTH DB..." >&2; exit 2; }
csv="$1" province="$2" year="$3" month="$4"; shift 4
work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"
dotnet publish bench/Neraca.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bench-r2r" -v quiet -clp:ErrorsOnly >/dev/null
echo "machine: $(nproc) cores; $(dotnet --version) SDK; $(psql --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for db in "$@"; do
  echo; echo "engine: $([[ "$db" == *Host=* ]] && echo PostgreSQL || echo SQLite) ($db)"
  dotnet "$work/bench-r2r/Neraca.Bench.dll" queries "$db" "$province" "$year" "$month"
done
echo
dotnet "$work/bench-r2r/Neraca.Bench.dll" duckdb "$csv" "$province" "$year" "$month"

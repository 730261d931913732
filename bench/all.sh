#!/usr/bin/env bash
# Every benchmark with its baselines in one run, then one table of ratios (issue 18):
#   import   neraca import vs sqlite3 `.import` of the same CSV into a bare table, and vs psql `\copy` into an unindexed table
#   queries  the dashboard's Q1–Q4 through the engine (cold, warm computed) vs DuckDB on the raw facts (bench/queries.sh)
#   http     JSON API with a token and anonymously, and the dashboard page, at 64 connections (bench/http.sh)
#   start-up the CLI's process start-up (`neraca --version`, ReadyToRun build), median of 5
# Usage: bench/all.sh [ROWS]   (default 1000000; the file is generated once and kept in NERACA_BENCH_DIR)
# The raw tables of each part are printed first; the ratio table last. Needs wrk, sqlite3, psql (scripts/install-deps.sh
# installs PostgreSQL; `apt-get install -y wrk sqlite3`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
work="${NERACA_BENCH_DIR:-/tmp/neraca-bench}"; mkdir -p "$work"
export NERACA_BENCH_DIR="$work"
for tool in wrk sqlite3 psql; do command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }; done
pg="$(scripts/pg-test.sh start | tail -n 1)"
psql_url="host=127.0.0.1 port=${NERACA_PG_PORT:-54329} user=app password=app"
dotnet publish src/Neraca.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli-bin" -v quiet -clp:ErrorsOnly >/dev/null
neraca() { dotnet "$work/cli-bin/neraca.dll" "$@"; }
measure() { # "seconds peak_kb" of a command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  cat "$work/time"
}
results="$work/all-results.tsv"; : > "$results"
note() { # part, measure, value, baseline, target: one ratio row (value ÷ baseline)
  local ratio; ratio=$(awk -v a="$3" -v b="$4" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else print "-" }')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "${3:--}" "${4:--}" "$ratio" "$5" >> "$results"
}
rate() { awk -v r="$rows" -v s="$1" 'BEGIN { printf "%.0f", r / (s > 0 ? s : 0.001) }'; }

echo "# bench/all.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "engines: .NET SDK $(dotnet --version); $(psql "$psql_url dbname=postgres" -Atc 'SHOW server_version' | sed 's/^/PostgreSQL /') (fsync off); sqlite3 CLI $(sqlite3 --version | cut -d' ' -f1); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"

file="$work/national-$rows.csv"
[ -f "$file" ] || neraca generate --rows "$rows" --seed 1 --out "$file" >/dev/null

echo; echo "## Import ($rows generated national rows)"; echo
echo "| path | seconds | rows/s | peak RSS MB |"; echo "|---|---:|---:|---:|"
rm -f "$work/bare.db"
read -r bare _ < <(measure sqlite3 "$work/bare.db" ".import --csv $file raw")
echo "| sqlite3 .import → bare table (baseline) | $bare | $(awk -v r="$rows" -v s="$bare" 'BEGIN{printf "%.0f", r/s}') | - |"
rm -f "$work/all.db"*
read -r sq kb < <(measure dotnet "$work/cli-bin/neraca.dll" import "$file" --reports-later --db "$work/all.db")
echo "| neraca import → SQLite | $sq | $(awk -v r="$rows" -v s="$sq" 'BEGIN{printf "%.0f", r/s}') | $((kb / 1024)) |"
# The monthly reports the file completes (one per province, written after the import: decision 0024), on their own.
read -r rep _ < <(measure dotnet "$work/cli-bin/neraca.dll" report owed --db "$work/all.db")
echo "| then neraca report owed → SQLite (38 monthly reports) | $rep | - | - |"
note import "SQLite import time ÷ sqlite3 .import" "$sq" "$bare" "≤ 1.0"
psql "$psql_url dbname=postgres" -qc "DROP DATABASE IF EXISTS bench_all" -c "CREATE DATABASE bench_all" >/dev/null
pgdb="${pg/Database=app/Database=bench_all}"
read -r pgs kb < <(measure dotnet "$work/cli-bin/neraca.dll" import "$file" --reports-later --db "$pgdb")
echo "| neraca import → PostgreSQL | $pgs | $(awk -v r="$rows" -v s="$pgs" 'BEGIN{printf "%.0f", r/s}') | $((kb / 1024)) |"
read -r rep _ < <(measure dotnet "$work/cli-bin/neraca.dll" report owed --db "$pgdb")
echo "| then neraca report owed → PostgreSQL (38 monthly reports) | $rep | - | - |"
psql "$psql_url dbname=bench_all" -qc "CREATE TABLE raw (period text, flow text, province int, hs_code text, country text, port text, value_usd numeric, netweight_kg numeric)" >/dev/null
read -r copy _ < <(measure psql "$psql_url dbname=bench_all" -qc "\\copy raw FROM '$file' WITH (FORMAT csv, HEADER true)")
psql "$psql_url dbname=bench_all" -qc "DROP TABLE raw" >/dev/null
echo "| psql \\copy → unindexed table (baseline) | $copy | $(awk -v r="$rows" -v s="$copy" 'BEGIN{printf "%.0f", r/s}') | - |"
note import "PostgreSQL import rows/s ÷ psql \\copy rows/s" "$(rate "$pgs")" "$(rate "$copy")" "≥ 1.0"

echo; echo "## CLI start-up"; echo
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); neraca --version >/dev/null; times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
startup=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "neraca --version (ReadyToRun): ${times[*]} ms, median $startup ms"
note start-up "CLI start-up (--version) ms ÷ 300 ms" "$startup" 300 "≤ 1.0"
times=() # a command that opens the database: EF model, migrations check, first query
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); neraca report list --province 18 --db "$work/all.db" >/dev/null; times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
opened=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "neraca report list --db (SQLite, ReadyToRun): ${times[*]} ms, median $opened ms"
note start-up "CLI command opening the database ms ÷ 300 ms" "$opened" 300 "≤ 1.0"

echo; echo "## Dashboard queries (province 31, 2024-06)"
bench/queries.sh "$file" 31 2024 6 "$work/all.db" "$pgdb" | tee "$work/queries.out"
duck() { grep "^| $1 " "$work/queries.out" | tail -n 1 | awk -F'|' '{gsub(/ /, "", $4); print $4}'; }
engine() { grep "^| $2 " "$work/queries.out" | sed -n "${1}p" | awk -F'|' -v c="$3" '{gsub(/ /, "", $c); print $c}'; }
for q in Q1 Q2 Q3 Q4; do
  for i in 1 2; do
    name=SQLite; [ "$i" = 2 ] && name=PostgreSQL
    note queries "$q $name warm computed ms ÷ DuckDB warm ms" "$(engine "$i" "$q" 4)" "$(duck "$q")" "(report)"
    note queries "$q $name warm computed ms ÷ 5 ms" "$(engine "$i" "$q" 4)" 5 "≤ 1.0"
    note queries "$q $name cold ms ÷ 50 ms" "$(engine "$i" "$q" 3)" 50 "≤ 1.0"
  done
done

echo; echo "## HTTP (64 connections)"
bench/http.sh "$work/all.db" "$pgdb" | tee "$work/http.out"
while IFS='|' read -r _ eng target rps _ p99 _; do
  eng="$(xargs <<< "$eng")"; target="$(xargs <<< "$target")"; rps="$(xargs <<< "$rps")"; p99="$(xargs <<< "$p99")"
  [[ "$rps" =~ ^[0-9]+$ ]] || continue
  want=2000; [[ "$target" == *token* ]] && want=5000
  note http "$eng $target: req/s ÷ $want" "$rps" "$want" "≥ 1.0"
  note http "$eng $target: p99 ms ÷ 50 ms" "$p99" 50 "≤ 1.0"
done < <(grep '^| \(SQLite\|PostgreSQL\) ' "$work/http.out")

echo; echo "## Ratios (value ÷ baseline; load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"; echo
echo "| part | measure | value | baseline | ratio | target |"; echo "|---|---|---:|---:|---:|---|"
cat "$results"

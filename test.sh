#!/usr/bin/env bash
# Runs every test (unit, HTTP, both database engines, browser) and ends with a plain "N passed, N failed" line.
# Installs what it needs first (PostgreSQL server binaries, Chromium; scripts/install-deps.sh: a no-op when present).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p artifacts
bash scripts/install-deps.sh >artifacts/install-deps.log 2>&1 || { cat artifacts/install-deps.log; echo "installing test dependencies failed"; echo "0 passed, 1 failed"; exit 1; }
NERACA_TEST_PG="$(scripts/pg-test.sh start | tail -n 1)" || { echo "PostgreSQL test cluster failed to start"; echo "0 passed, 1 failed"; exit 1; }
export NERACA_TEST_PG
dotnet test Neraca.sln -c Release --nologo "$@" 2>&1 | tee artifacts/test.log
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' artifacts/test.log | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' artifacts/test.log | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"

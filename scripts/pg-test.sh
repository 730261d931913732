#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: 127.0.0.1 only, non-default port, fsync off.
# Usage: scripts/pg-test.sh start|stop|status|url
set -euo pipefail
PORT="${NERACA_PG_PORT:-54329}"
DIR="${NERACA_PG_DIR:-/tmp/neraca-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$BIN" ] || { echo "PostgreSQL server binaries not found: run scripts/install-deps.sh" >&2; exit 1; }
URL="Host=127.0.0.1;Port=$PORT;Username=app;Password=app;Database=app"

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$DIR/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; }

start() {
  running || boot
  ensure_role
}

boot() {
  if [ ! -f "$DIR/PG_VERSION" ]; then
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
    as_pg "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
CONF
  fi
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w start >/dev/null
}

ensure_role() {
  as_pg psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_roles WHERE rolname='app'" | grep -q 1 || \
    { as_pg psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app'" &&
      as_pg psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE app OWNER app"; }
}

case "${1:-start}" in
  start) start; echo "$URL" ;;
  stop) running && as_pg "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null || true ;;
  status) running && echo "running on $PORT" || { echo "stopped"; exit 1; } ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac

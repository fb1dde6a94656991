#!/usr/bin/env bash
# Local PostgreSQL 15 + PostGIS 3 for development and tests on Debian/Ubuntu.
#   db/local-db.sh start|stop|status|url
# Environment: WI_DB_PORT (5433), WI_DB_NAME (welfare), WI_DB_USER (welfare),
#              WI_DB_PASSWORD (welfare), WI_DB_DIR (/var/tmp/welfare-intelligence-pg).
# Installs the packages with apt when missing. The cluster belongs to the `postgres` OS user
# because initdb refuses to run as root. Every command is idempotent.
set -euo pipefail

PORT="${WI_DB_PORT:-5433}"
NAME="${WI_DB_NAME:-welfare}"
USER_NAME="${WI_DB_USER:-welfare}"
PASSWORD="${WI_DB_PASSWORD:-welfare}"
DATA_DIR="${WI_DB_DIR:-/var/tmp/welfare-intelligence-pg}"
PG_BIN="/usr/lib/postgresql/15/bin"
LOG="$DATA_DIR.log"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else
    if command -v runuser >/dev/null; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
  fi
}

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  if [ -x "$PG_BIN/postgres" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; then
    return
  fi
  echo "Installing PostgreSQL 15 and PostGIS 3 with apt..."
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    postgresql-15 postgresql-15-postgis-3 >/dev/null
}

is_running() { as_postgres "$PG_BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; }

psql_admin() { as_postgres env PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

start() {
  install_packages
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    sudo_if_needed mkdir -p "$DATA_DIR"
    sudo_if_needed chown postgres:postgres "$DATA_DIR"
    sudo_if_needed chmod 700 "$DATA_DIR"
    as_postgres "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! is_running; then
    sudo_if_needed touch "$LOG"
    sudo_if_needed chown postgres:postgres "$LOG"
    as_postgres "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG" -w -t 60 start \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=300 -c shared_buffers=256MB -c fsync=off" >/dev/null
  fi
  if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'")" != 1 ]; then
    psql_admin -d postgres -c "CREATE ROLE \"$USER_NAME\" LOGIN PASSWORD '$PASSWORD' CREATEDB"
  fi
  # the application's database and the one the tests use
  for db in "$NAME" "${NAME}_test"; do
    if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$db'")" != 1 ]; then
      psql_admin -d postgres -c "CREATE DATABASE \"$db\" OWNER \"$USER_NAME\""
    fi
    psql_admin -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
  done
  echo "PostGIS ready: $(url) (tests: $(url)_test)"
}

stop() {
  if is_running; then as_postgres "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null; fi
  echo "stopped"
}

status() {
  if [ -x "$PG_BIN/pg_ctl" ] && is_running; then echo "running: $(url)"; else echo "not running"; return 3; fi
}

url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$NAME"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac

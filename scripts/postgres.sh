#!/usr/bin/env bash
# A project-local PostgreSQL cluster, for ./run.sh and ./test.sh when no connection string is
# configured. Usage:
#   scripts/postgres.sh start DIR    initialise DIR if new, start on a free port, print the connection string
#   scripts/postgres.sh stop DIR     stop the cluster cleanly
#   scripts/postgres.sh destroy DIR  stop it and delete DIR (throw-away clusters of the tests)
#   scripts/postgres.sh running DIR  print the connection string of the cluster in DIR if it is
#                                    running (exit 0), exit 1 otherwise: a second ./run.sh uses it
# Messages are in Italian: they reach the people who run ./run.sh.
# Uses Debian's postgresql package (initdb, pg_ctl), installing it with apt when it is missing.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0; }
  return 1
}

ensure_installed() {
  find_bindir >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL non è installato; installarlo con: sudo apt-get install -y postgresql"
  echo "Installazione di PostgreSQL (apt-get install postgresql)…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  find_bindir >/dev/null || die "installazione di PostgreSQL non riuscita"
}

# initdb and postgres refuse to run as root: run them as the 'postgres' system user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  die "nessuna porta libera tra 54320 e 54420"
}

start() {
  local dir=$1
  ensure_installed
  local bin; bin=$(find_bindir)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir" && chmod 700 "$dir"
    # The server runs as 'postgres', which must be able to reach the data directory.
    runuser -u postgres -- test -x "$dir" || chmod o+x "$(dirname "$dir")"
    runuser -u postgres -- test -x "$dir" || die "l'utente 'postgres' non raggiunge $dir; scegliere una cartella accessibile a tutti gli utenti"
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir" -U scadenzario --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; die "initdb non riuscito"; }
    rm -f "$dir.initdb.log"
  fi
  if running "$dir" >/dev/null; then
    die "il PostgreSQL di $dir è già avviato (porta $(cat "$dir/.port")): usare quello, o fermarlo con scripts/postgres.sh stop $dir"
  fi
  local port; port=$(free_port)
  # A national tornata writes over a million rows in one transaction: room for its WAL between
  # checkpoints and a cache that holds a province's tasks.
  local tuning="-c shared_buffers=512MB -c max_wal_size=4GB -c checkpoint_timeout=15min -c work_mem=32MB"
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${PG_FSYNC:-on} $tuning" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; die "avvio di PostgreSQL non riuscito (registro: $dir/server.log)"; }
  echo "$port" >"$dir/.port"
  as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U scadenzario -d postgres -qtAc \
    "SELECT 1 FROM pg_database WHERE datname = 'scadenzario'" | grep -q 1 \
    || as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U scadenzario scadenzario
  connection_string "$port"
}

connection_string() { echo "Host=127.0.0.1;Port=$1;Username=scadenzario;Database=scadenzario"; }

# The cluster of DIR answers: pg_ctl sees its postmaster alive and the port it was started on is
# on record. A stale postmaster.pid (a crash) is not "running": pg_ctl status checks the process.
running() {
  local dir=$1
  [ -f "$dir/PG_VERSION" ] && [ -f "$dir/.port" ] || return 1
  local bin; bin=$(find_bindir) || return 1
  as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 || return 1
  connection_string "$(cat "$dir/.port")"
}

stop() {
  local dir=$1
  [ -f "$dir/PG_VERSION" ] || return 0
  local bin; bin=$(find_bindir) || return 0
  as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start "${2:?directory}" ;;
  stop) stop "${2:?directory}" ;;
  destroy) stop "${2:?directory}"; rm -rf "${2:?directory}" ;;
  running) running "${2:?directory}" ;;
  *) die "uso: $0 start|stop|destroy|running CARTELLA" ;;
esac

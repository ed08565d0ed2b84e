#!/usr/bin/env bash
# The local mail catcher: npm's maildev from tools/mail, an SMTP server that keeps every message
# and shows it on a web page (with a REST API, GET /email). Usage:
#   scripts/mailcatcher.sh start DIR   install if missing, start on free ports (1025/1080 when free), print "SMTP_PORT WEB_PORT"
#   scripts/mailcatcher.sh stop DIR    stop the one started with DIR
#   scripts/mailcatcher.sh running DIR print "SMTP_PORT WEB_PORT" of the one started with DIR if it is
#                                      alive (exit 0), exit 1 otherwise: a second ./run.sh uses it
# Needs Node.js and npm (Debian's nodejs and npm packages, installed with apt when missing and root).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "mailcatcher.sh: $*" >&2; exit 1; }

ensure_installed() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || die "Node.js non è installato; installarlo con: sudo apt-get install -y nodejs npm"
    echo "Installazione di Node.js (apt-get install nodejs npm)…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
  fi
  if [ ! -f tools/mail/node_modules/maildev/bin/maildev ]; then
    echo "Installazione di maildev (npm ci in tools/mail)…" >&2
    (cd tools/mail && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

free_port() {
  local port
  for port in "$@"; do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  die "nessuna porta libera tra $1…"
}

start() {
  local dir=$1
  ensure_installed
  mkdir -p "$dir"
  local smtp web
  smtp=$(free_port 1025 $(seq 11025 11125))
  web=$(free_port 1080 $(seq 11080 11180))
  nohup node tools/mail/node_modules/maildev/bin/maildev --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    >"$dir/maildev.log" 2>&1 &
  echo $! >"$dir/pid"
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$web") 2>/dev/null; then
      echo "$smtp $web" >"$dir/ports"
      echo "$smtp $web"; return 0
    fi
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/maildev.log" >&2; die "maildev si è fermato all'avvio"; }
    sleep 0.2
  done
  die "maildev non si è avviato (registro: $dir/maildev.log)"
}

stop() {
  local dir=$1
  [ -f "$dir/pid" ] || return 0
  kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -f "$dir/pid" "$dir/ports"
}

running() {
  local dir=$1
  [ -f "$dir/pid" ] && [ -f "$dir/ports" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null || return 1
  cat "$dir/ports"
}

case "${1:-}" in
  start) start "${2:?directory}" ;;
  stop) stop "${2:?directory}" ;;
  running) running "${2:?directory}" ;;
  *) die "uso: $0 start|stop|running CARTELLA" ;;
esac

#!/usr/bin/env bash
# Measures the comune's Oggi page and a prefettura dashboard under load with Debian's wrk
# (apt-get install wrk), against a running Scadenzario web app with demo accounts:
#   benchmarks/web/load.sh ADMIN_PASSWORD [COMUNE] [PROVINCE] [TORNATA]
# The defaults are Torino (001272) and its province (TO, over 300 comuni): run it after loading
# a national tornata, e.g. ./run.sh tornata add-consultation ID --consultation europee --enti all.
# Only localhost is targeted; every run is bounded (20 s).
#   SCADENZARIO_USER=op.torino   signs in as another account (default: admin)
#   CONNECTIONS=1                one user at a time: each request's latency is the server time
#   PAGES="/enti/001272/oggi /enti/001272/calendario?vista=mese"   the pages to measure
#                                (default: Oggi, the calendar as a list and by month, the dashboard)
set -euo pipefail
cd "$(dirname "$0")"
password=$1; comune=${2:-001272}; province=${3:-TO}; tornata=${4:-}
base=${SCADENZARIO_WEB_URL:-http://localhost:5080}
user=${SCADENZARIO_USER:-admin}; connections=${CONNECTIONS:-50}
threads=$(( connections < 2 ? 1 : 2 ))
pages=${PAGES:-"/enti/$comune/oggi /enti/$comune/calendario /enti/$comune/calendario?vista=mese /prefettura/$province?tornata=$tornata"}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT

token=$(curl -s -c "$jar" -b "$jar" "$base/accesso" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=$user" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/accesso"
cookie=$(awk '$6 == "scadenzario" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "login failed" >&2; exit 1; }

for page in $pages; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Cookie: $cookie" "$base$page"; done  # warm-up
  echo "== $page, $connections connections, 20 s"
  wrk -t"$threads" -c"$connections" -d20s -H "Cookie: $cookie" -s percentiles.lua "$base$page" | sed -n '/^requests/,$p'
done

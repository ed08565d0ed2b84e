#!/usr/bin/env bash
# Server time at one user of the tornata pages (issue 12 item 1), against a running Scadenzario web
# app with demo accounts: N sequential requests per page, one at a time, and their median and
# slowest time as curl measures them on localhost (so the time is the server's).
#   benchmarks/web/tornate-pages.sh ADMIN_PASSWORD TORNATA MOVE_TO [PROVINCE] [N]
# The POSTs measured write nothing: the search by name and the preview of a move of the tornata to
# MOVE_TO (a later Sunday, as the form sends it: 2027-02-14).
#   SCADENZARIO_WEB_URL=http://localhost:5080   the app (default)
#   PREFETTURA_USER=pref.ge PREFETTURA_PASSWORD=…  also the prefettura's pages, signed in as that account
set -euo pipefail
password=$1; tornata=$2; day=$3; province=${4:-GE}; n=${5:-20}
base=${SCADENZARIO_WEB_URL:-http://localhost:5080}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT

login() {
  : >"$jar"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$base/accesso" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=$1" --data-urlencode "Password=$2" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/accesso"
  grep -q scadenzario "$jar" || { echo "login of $1 failed" >&2; exit 1; }
}

# measure NAME URL [curl args…]: prints the median and the slowest of N requests, in ms.
measure() {
  local name=$1 url=$2; shift 2
  for _ in 1 2 3; do curl -s -o /dev/null -b "$jar" -c "$jar" "$@" "$base$url"; done  # warm-up
  local times
  times=$(for _ in $(seq "$n"); do curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code} %{time_total}\n' "$@" "$base$url"; done)
  if awk '$1 != 200 { bad = 1 } END { exit !bad }' <<<"$times"; then echo "$name: not 200: $(sort -u <<<"$times" | head -3)" >&2; exit 1; fi
  awk '{ print $2 * 1000 }' <<<"$times" | sort -n | awk -v name="$name" -v n="$n" \
    '{ t[NR] = $1 } END { printf "%-48s median %6.1f ms, slowest %6.1f ms (%d requests)\n", name, t[int((NR + 1) / 2)], t[NR], n }'
}

token_of() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }

login admin "$password"
first=$(curl -s -b "$jar" "$base/amministrazione/tornate/$tornata" | sed -n 's/.*id="giorni">\([^<]*\)<.*/\1/p')
echo "Tornata $tornata ($first), $n requests per page, one at a time"
measure "GET /amministrazione/tornate" "/amministrazione/tornate"
measure "GET /amministrazione/tornate/nuova" "/amministrazione/tornate/nuova"
measure "GET /amministrazione/tornate/$tornata" "/amministrazione/tornate/$tornata"
measure "GET /amministrazione/tornate/$tornata/consultazione" "/amministrazione/tornate/$tornata/consultazione"
measure "GET /amministrazione/tornate/$tornata/rinvio" "/amministrazione/tornate/$tornata/rinvio"
measure "GET /amministrazione/tornate/$tornata/eventi" "/amministrazione/tornate/$tornata/eventi"
token=$(token_of "/amministrazione/tornate/$tornata/consultazione")
measure "POST …/consultazione?handler=Cerca (Genova)" "/amministrazione/tornate/$tornata/consultazione?handler=Cerca" \
  -F "__RequestVerificationToken=$token" -F "Consultazione=comunali" -F "Ricerca=Genova"
token=$(token_of "/amministrazione/tornate/$tornata/rinvio")
measure "POST …/rinvio?handler=Anteprima ($day)" "/amministrazione/tornate/$tornata/rinvio?handler=Anteprima" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "PrimoGiorno=$day" --data-urlencode "Motivo=misura"

if [ -n "${PREFETTURA_USER:-}" ]; then
  login "$PREFETTURA_USER" "$PREFETTURA_PASSWORD"
  measure "GET /prefettura/$province/tornate" "/prefettura/$province/tornate"
  measure "GET /prefettura/$province/tornate/$tornata/comunali" "/prefettura/$province/tornate/$tornata/comunali"
fi

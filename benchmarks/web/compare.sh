#!/usr/bin/env bash
# Before and after in the same run: CPU per request (cpu.sh) and wrk at 1 and 50 connections, for
# the same pages on several running copies of the web app (e.g. a build of main and one of a branch,
# on one database), taking turns page by page so that both see the same load of the machine.
#   benchmarks/web/compare.sh POSTMASTER_PID NAME=PORT:PID:OPERATORE_COOKIE:PREFETTURA_COOKIE…
# e.g. benchmarks/web/compare.sh "$(head -1 /tmp/pg/postmaster.pid)" \
#        main=5191:4242:"scadenzario=…":"scadenzario=…" web=5192:4343:"scadenzario=…":"scadenzario=…"
# The cookies are of an operatore of Torino and of the prefettura of TO (benchmarks/web/load.sh signs in the same way);
# /favicon.svg (a static file) and /accesso (the login page) are asked anonymously, as baselines.
#   REQUESTS=300 (cpu.sh, a third of it for the dashboard)   DURATION=10s (each wrk run)   TORNATA=1
#   PAGES="/favicon.svg /accesso / /enti/001272/oggi …"        (a page under /prefettura/ uses the prefettura's cookie)
# The load average is printed before and after: the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")"
postmaster=$1; shift
requests=${REQUESTS:-300}; duration=${DURATION:-10s}; tornata=${TORNATA:-1}
pages=${PAGES:-"/favicon.svg /accesso / /enti/001272/oggi /enti/001272/calendario /enti/001272/calendario?vista=mese /prefettura/TO?tornata=$tornata"}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in $pages; do
  for app in "$@"; do
    IFS=: read -r port pid operatore prefettura <<<"${app#*=}"
    cookie=$operatore; n=$requests
    [[ $page == /prefettura/* ]] && { cookie=$prefettura; n=$(( requests / 3 )); }
    [[ $page == /favicon.svg || $page == /accesso ]] && cookie="anonimo=1"
    printf '%-6s ' "${app%%=*}"
    SCADENZARIO_WEB_URL=http://localhost:$port ./cpu.sh "$pid" "$postmaster" "$cookie" "$page" "$n"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for connections in 1 50; do
  for page in $pages; do
    for app in "$@"; do
      IFS=: read -r port _ operatore prefettura <<<"${app#*=}"
      cookie=$operatore; [[ $page == /prefettura/* ]] && cookie=$prefettura
      [[ $page == /favicon.svg || $page == /accesso ]] && cookie="anonimo=1"
      threads=$(( connections < 2 ? 1 : 2 ))
      printf '%-6s %s, %d connections: ' "${app%%=*}" "$page" "$connections"
      wrk -t"$threads" -c"$connections" -d"$duration" -H "Cookie: $cookie" -s percentiles.lua "http://localhost:$port$page" \
        | sed -n '/^requests/,$p' | paste -sd' '
    done
  done
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done

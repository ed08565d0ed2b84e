#!/usr/bin/env bash
# CPU time per request of one page, at one user: on a shared machine, where wall-clock latency
# measures the queue for the cores more than the server, the CPU the web process and PostgreSQL
# spend per request is the server's own cost. Needs the web app's pid and a signed-in cookie:
#   benchmarks/web/cpu.sh WEB_PID POSTMASTER_PID COOKIE PAGE [REQUESTS]
# e.g. benchmarks/web/cpu.sh "$(pgrep -f Scadenzario.Web.dll)" "$(head -1 /tmp/pg/postmaster.pid)" "scadenzario=…" /enti/001272/oggi 300
# PostgreSQL's share is that of the postmaster's children (the cluster's backends, live or exited), not of other clusters.
# Only localhost is targeted (SCADENZARIO_WEB_URL, default http://localhost:5080).
set -euo pipefail
pid=$1; postmaster=$2; cookie=$3; page=$4; requests=${5:-300}
base=${SCADENZARIO_WEB_URL:-http://localhost:5080}
ticks=$(getconf CLK_TCK)
# utime + stime of a process, in clock ticks.
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# The live backends, plus those that have exited (a pool closing an idle connection): the postmaster
# reaps them, so their time is in its cutime + cstime.
postgres() {
  local total; total=$(awk '{ print $16 + $17 }' "/proc/$postmaster/stat")
  for p in $(pgrep -P "$postmaster"); do total=$(( total + $(cpu "$p" 2>/dev/null || echo 0) )); done
  echo "$total"
}
for _ in $(seq 20); do curl -s -o /dev/null -H "Cookie: $cookie" "$base$page"; done  # warm-up
web0=$(cpu "$pid"); pg0=$(postgres); start=$(date +%s.%N)
for _ in $(seq "$requests"); do curl -s -o /dev/null -f -H "Cookie: $cookie" "$base$page"; done
end=$(date +%s.%N); web1=$(cpu "$pid"); pg1=$(postgres)
awk -v w=$(( web1 - web0 )) -v p=$(( pg1 - pg0 )) -v n="$requests" -v t="$ticks" -v s="$start" -v e="$end" -v page="$page" 'BEGIN {
  printf "%s: %d requests, CPU per request: web %.2f ms + PostgreSQL %.2f ms = %.2f ms; wall %.1f ms per request\n",
    page, n, w * 1000 / t / n, p * 1000 / t / n, (w + p) * 1000 / t / n, (e - s) * 1000 / n }'

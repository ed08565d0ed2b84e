#!/usr/bin/env bash
# Starts Scadenzario with its embedded defaults.
#
# With no connection string configured (ConnectionStrings__Scadenzario), it starts a
# project-local PostgreSQL under .local/pgdata (Debian's postgresql package, installed if
# missing; a free port) and stops it cleanly on exit. It then brings the schema up to date,
# loads on first run the ISTAT list of comuni shipped in data/comuni (copied next to the program
# by the build), and prepares a demo tornata.
#
# With no SMTP server configured (Mail__Host), it starts the local mail catcher of tools/mail
# (npm's maildev, installed with npm ci when missing) and prints the address of its web page, where
# every email Scadenzario sends can be read. The job scheduler (digest, reminders, escalations,
# sender) then runs in the background with the web app, until Ctrl+C; SCADENZARIO_SERVE=0 stops
# after the demo instead.
#
#   ./run.sh                 the demo: a tornata of europee + comunali, the cronoprogramma of
#                            Genova and its day, and the province overview; then the web app on
#                            http://localhost:5080 (SCADENZARIO_WEB_URL to change it) with the demo
#                            accounts printed, until Ctrl+C
#   ./run.sh ARGS…           any scadenzario command against that database, e.g.
#                            ./run.sh tasks --ente 010025 --day 2027-05-10
#                            ./run.sh calendar --voting-days 2014-05-25 --consultations europee,comunali --population 20000
#                            While another ./run.sh serves, these use its PostgreSQL and mail catcher
#                            (and leave them running); service messages go to stderr, so
#                            `--format json` prints only JSON on stdout.
#   SCADENZARIO_LOCAL=DIR     keep the local servers and the demo's state in DIR instead of .local/
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The build's output is shown only when it fails (MSBuild writes its errors on stdout).
# SCADENZARIO_SKIP_BUILD=1: the caller has just built the solution in Release (./test.sh's run
# of this script), and a second build while its other tests run would only compete with them.
build() {
  [ "${SCADENZARIO_SKIP_BUILD:-0}" = 1 ] && return 0
  local log
  if ! log=$(dotnet build "$1" -c Release -nologo -v quiet 2>&1); then
    echo "$log" >&2
    echo "Compilazione di $1 non riuscita." >&2
    exit 1
  fi
}
build src/Scadenzario.Cli
cli() { dotnet src/Scadenzario.Cli/bin/Release/net10.0/scadenzario.dll "$@"; }

# What this script started, stopped in reverse order on exit.
on_exit=()
cleanup() { for ((i = ${#on_exit[@]} - 1; i >= 0; i--)); do eval "${on_exit[i]}"; done; }
trap cleanup EXIT
# Ctrl+C or a kill still runs the cleanup: the servers are stopped, not left behind.
trap 'exit 130' INT TERM

# Service messages go to stderr, so that `./run.sh calendar … --format json` prints only JSON.
say() { echo "$@" >&2; }

# Where the local servers and the demo's state live (SCADENZARIO_LOCAL for a second, separate copy).
local_dir=${SCADENZARIO_LOCAL:-$PWD/.local}
mkdir -p "$local_dir"

# A second ./run.sh (e.g. a command while the first one serves) uses the servers the first one
# started, and leaves them to it.
if [ -z "${ConnectionStrings__Scadenzario:-}" ]; then
  data_dir="$local_dir/pgdata"
  if ConnectionStrings__Scadenzario=$(scripts/postgres.sh running "$data_dir"); then
    say "PostgreSQL locale già avviato: $ConnectionStrings__Scadenzario"
  else
    ConnectionStrings__Scadenzario=$(scripts/postgres.sh start "$data_dir")
    on_exit+=('scripts/postgres.sh stop "$data_dir"; say "PostgreSQL locale fermato."')
    say "PostgreSQL locale avviato: $ConnectionStrings__Scadenzario"
  fi
  export ConnectionStrings__Scadenzario
fi

if [ -z "${Mail__Host:-}" ]; then
  if ports=$(scripts/mailcatcher.sh running "$local_dir/mailcatcher"); then
    read -r smtp_port web_port <<<"$ports"
    say "Posta locale (maildev) già avviata: SMTP 127.0.0.1:$smtp_port, messaggi su http://localhost:$web_port"
  else
    read -r smtp_port web_port < <(scripts/mailcatcher.sh start "$local_dir/mailcatcher")
    on_exit+=('scripts/mailcatcher.sh stop "$local_dir/mailcatcher"; say "Posta locale fermata."')
    say "Posta locale (maildev): SMTP 127.0.0.1:$smtp_port, messaggi su http://localhost:$web_port"
  fi
  export Mail__Host=127.0.0.1 Mail__Port=$smtp_port
fi

cli db migrate >&2
if [ ! -f "$local_dir/enti-importati" ]; then
  cli enti import >&2 && touch "$local_dir/enti-importati"
fi

if [ "$#" -gt 0 ]; then
  cli "$@"
  exit $?
fi

# The demo tornata: the first Sunday at least 60 days ahead, europee everywhere in the
# province of Genova and comunali in Genova itself.
if [ ! -f "$local_dir/tornata-demo" ]; then
  sunday=$(date -d "+60 days" +%F)
  while [ "$(date -d "$sunday" +%u)" != 7 ]; do sunday=$(date -d "$sunday +1 day" +%F); done
  id=$(cli tornata create --name "Europee e comunali (dimostrazione)" --voting-days "$sunday")
  cli tornata add-consultation "$id" --consultation europee --enti province:GE --by demo
  printf '010025\n' >"$local_dir/enti-comunali-demo.txt"
  cli tornata add-consultation "$id" --consultation comunali --enti file:"$local_dir/enti-comunali-demo.txt" --by demo
  cli enti contatti 010025 --ufficio-elettorale elettorale@comune.genova.example --segretario segretario@comune.genova.example \
    --prefettura protocollo@prefettura-genova.example >/dev/null
  echo "$id $sunday" >"$local_dir/tornata-demo"
fi
read -r id sunday <"$local_dir/tornata-demo"

echo
cli calendar --voting-days "$sunday" --consultations europee,comunali --population 561203 --format text | head -60
echo "…"
echo
cli tasks --ente 010025
echo
cli tasks overview --tornata "$id" --province GE | head -15
echo
echo
# The emails of the morning the lists are presented (the 30th day before the vote), sent now.
lists_day=$(date -d "$sunday -30 days" +%F)
cli jobs run reminders --at "${lists_day}T07:00"
cli jobs run digest --at "${lists_day}T07:30"
cli jobs run sender --at "${lists_day}T07:31"
echo
# The day as users read it ("domenica 31 gennaio 2027"), never the ISO form the commands take.
sunday_it=$(LC_ALL=C date -d "$sunday" +'%d %m %Y' | awk '{split("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre", m, " "); printf "domenica %d %s %s", $1, m[$2+0], $3}')
echo "Tornata dimostrativa $id (votazione di $sunday_it). Altri comandi: ./run.sh --help"

if [ "${SCADENZARIO_SERVE:-1}" != 1 ]; then
  exit 0
fi

# The job scheduler (digest, reminders, escalations, sender) and the web app, both in the
# background (the scheduler's output in .local/jobs.log): Ctrl+C stops both, then the servers.
# dotnet is started directly, not through cli(), so the pid is the process itself.
dotnet src/Scadenzario.Cli/bin/Release/net10.0/scadenzario.dll jobs serve >"$local_dir/jobs.log" 2>&1 &
jobs_pid=$!
on_exit+=('kill "$jobs_pid" 2>/dev/null && wait "$jobs_pid" 2>/dev/null; say "Job fermati."')
build src/Scadenzario.Web
url=${SCADENZARIO_WEB_URL:-http://localhost:5080}
echo
[ -n "${web_port:-}" ] && echo "I messaggi inviati si leggono su http://localhost:$web_port"
echo "Scadenzario web su $url (Ctrl+C per fermare)."
# Waited on rather than run in the foreground, so a Ctrl+C or a kill of this script reaches the
# cleanup, which stops the web app, the jobs and the servers in turn.
# Feed addresses are built from Web:BaseUrl, never from the request: the address the app listens on, unless set.
Scadenzario__Demo=true Web__BaseUrl="${Web__BaseUrl:-$url/}" dotnet src/Scadenzario.Web/bin/Release/net10.0/Scadenzario.Web.dll \
  --contentRoot "$PWD/src/Scadenzario.Web" --urls "$url" &
web_pid=$!
on_exit+=('kill "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null; say "Web fermato."')
wait "$web_pid"

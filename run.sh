#!/usr/bin/env bash
# Starts Scadenzario with its embedded defaults.
#
# With no connection string configured (ConnectionStrings__Scadenzario), it starts a
# project-local PostgreSQL under .local/pgdata (Debian's postgresql package, installed if
# missing; a free port) and stops it cleanly on exit. It then brings the schema up to date,
# loads the comuni of ../shared/data on first run, and prepares a demo tornata.
#
#   ./run.sh                 the demo: a tornata of europee + comunali, the cronoprogramma of
#                            Genova and its day, and the province overview; then the web app on
#                            http://localhost:5080 (SCADENZARIO_WEB_URL to change it) with the demo
#                            accounts printed, until Ctrl+C
#   ./run.sh ARGS…           any scadenzario command against that database, e.g.
#                            ./run.sh tasks --ente 010025 --day 2027-05-10
#                            ./run.sh calendar --voting-days 2014-05-25 --consultations europee,comunali --population 20000
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Scadenzario.Cli -c Release -nologo -v quiet >/dev/null
cli() { dotnet src/Scadenzario.Cli/bin/Release/net10.0/scadenzario.dll "$@"; }

if [ -z "${ConnectionStrings__Scadenzario:-}" ]; then
  data_dir="$PWD/.local/pgdata"
  mkdir -p .local
  ConnectionStrings__Scadenzario=$(scripts/postgres.sh start "$data_dir")
  export ConnectionStrings__Scadenzario
  trap 'scripts/postgres.sh stop "$data_dir"; echo "PostgreSQL locale fermato."' EXIT
  echo "PostgreSQL locale avviato: $ConnectionStrings__Scadenzario"
fi

cli db migrate
comuni=../shared/data/comuni.csv
if [ -f "$comuni" ] && [ ! -f .local/enti-importati ]; then
  cli enti import "$comuni" && touch .local/enti-importati
fi

if [ "$#" -gt 0 ]; then
  cli "$@"
  exit $?
fi

# The demo tornata: the first Sunday at least 60 days ahead, europee everywhere in the
# province of Genova and comunali in Genova itself.
if [ ! -f .local/tornata-demo ]; then
  sunday=$(date -d "+60 days" +%F)
  while [ "$(date -d "$sunday" +%u)" != 7 ]; do sunday=$(date -d "$sunday +1 day" +%F); done
  id=$(cli tornata create --name "Europee e comunali (dimostrazione)" --voting-days "$sunday")
  cli tornata add-consultation "$id" --consultation europee --enti province:GE --by demo
  printf '010025\n' >.local/enti-comunali-demo.txt
  cli tornata add-consultation "$id" --consultation comunali --enti file:.local/enti-comunali-demo.txt --by demo
  echo "$id $sunday" >.local/tornata-demo
fi
read -r id sunday <.local/tornata-demo

echo
cli calendar --voting-days "$sunday" --consultations europee,comunali --population 561203 --format text | head -60
echo "…"
echo
cli tasks --ente 010025
echo
cli tasks overview --tornata "$id" --province GE | head -15
echo
echo "Tornata dimostrativa $id (votazione $sunday). Altri comandi: ./run.sh --help"

# The web app in the foreground: Ctrl+C stops it, then the EXIT trap stops PostgreSQL.
dotnet build src/Scadenzario.Web -c Release -nologo -v quiet >/dev/null
url=${SCADENZARIO_WEB_URL:-http://localhost:5080}
echo
echo "Scadenzario web su $url (Ctrl+C per fermare)."
Scadenzario__Demo=true dotnet src/Scadenzario.Web/bin/Release/net10.0/Scadenzario.Web.dll \
  --contentRoot "$PWD/src/Scadenzario.Web" --urls "$url"

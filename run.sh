#!/usr/bin/env bash
# Starts Scadenzario with its embedded defaults. Until the web application exists it prints the
# cronoprogramma of a demo tornata (europee + comunali of Sunday 9 June 2024 for a comune of
# 20,000 inhabitants); any arguments are passed to the command line instead, e.g.
#   ./run.sh calendar --voting-days 2014-05-25 --consultations europee,comunali --population 20000 --format json
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$#" -eq 0 ]; then
  set -- calendar --voting-days 2024-06-08,2024-06-09 --consultations europee,comunali --population 20000 --format text
fi
exec dotnet run --project src/Scadenzario.Cli -c Release -- "$@"

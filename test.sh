#!/usr/bin/env bash
# Runs every test of Scadenzario on a fresh machine: checks for (and installs, where it can)
# what the tests need, builds everything with warnings as errors, starts a throw-away
# PostgreSQL for the integration tests, runs all test projects, and checks that the CLI prints
# the three seed calendars. The Jobs tests start their own SMTP servers (maildev, tools/mail),
# which this script installs when missing.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }

say "Prerequisites"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi
dotnet --version
# The web project's build runs `npm ci` (Bootstrap Italia, htmx, axe-core); its browser tests
# drive Debian's Chromium. Install what is missing where we can (root on Debian).
apt_install() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    echo "Missing: $* (install with: sudo apt-get install -y $*)" >&2
    exit 1
  fi
}
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium
# The Jobs tests make a self-signed certificate for their TLS SMTP server.
command -v openssl >/dev/null 2>&1 || apt_install openssl
node --version
if [ ! -d src/Scadenzario.Web/node_modules ]; then
  (cd src/Scadenzario.Web && npm ci --no-audit --no-fund --ignore-scripts)
fi
# The feed tests read every feed again with ical.js, a parser independent of Ical.Net.
if [ ! -d tools/ical/node_modules ]; then
  (cd tools/ical && npm ci --no-audit --no-fund)
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d /tmp/scadenzario-test.XXXXXX)
chmod 755 "$work"
cleanup() { scripts/postgres.sh destroy "$work/pgdata" >/dev/null 2>&1 || true; rm -rf "$work"; }
# Screenshots and the printed cronoprogramma of the browser tests land in artifacts/screenshots.
trap cleanup EXIT

say "SMTP server for the tests (maildev, tools/mail)"
# Starting and stopping one proves Node.js and the npm packages are in place; the tests start their own.
mail_ports=$(scripts/mailcatcher.sh start "$work/mail")
scripts/mailcatcher.sh stop "$work/mail"
echo "maildev $(node -p 'require("./tools/mail/node_modules/maildev/package.json").version') (ports $mail_ports free at the check)"

say "PostgreSQL (throw-away cluster)"
ConnectionStrings__Scadenzario=$(scripts/postgres.sh start "$work/pgdata")
export ConnectionStrings__Scadenzario
echo "$ConnectionStrings__Scadenzario"

say "Build (Release, warnings as errors)"
dotnet build Scadenzario.sln -c Release -nologo -v quiet
# Built: the test that runs ./run.sh need not build again while the other test projects run.
export SCADENZARIO_SKIP_BUILD=1

say "Tests"
status=0
dotnet test Scadenzario.sln -c Release --no-build -nologo --logger "trx" --results-directory "$work/results" || status=$?

passed=0; failed=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

say "CLI smoke: the three seed calendars"
cli=(dotnet src/Scadenzario.Cli/bin/Release/net10.0/scadenzario.dll calendar)
"${cli[@]}" --voting-days 2014-05-25 --consultations europee,comunali --population 20000 --format json >/dev/null || status=1
"${cli[@]}" --voting-days 2011-05-15,2011-05-16 --consultations comunali --population 20000 --format text >/dev/null || status=1
"${cli[@]}" --voting-days 2017-10-08 --consultations metropolitane --population 561203 --format text >/dev/null || status=1
if "${cli[@]}" --voting-days 2014-02-30 --consultations europee --population 1 >/dev/null 2>&1; then
  echo "the CLI accepted an impossible date" >&2; status=1
fi
[ "$status" -eq 0 ] && echo "ok"

echo
echo "Tests: $passed passed, $failed failed"
exit "$status"

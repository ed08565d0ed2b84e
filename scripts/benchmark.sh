#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks in Release, with a throw-away PostgreSQL for the database
# ones. Arguments go to BenchmarkDotNet, e.g.:
#   scripts/benchmark.sh --filter '*NationalTornataBenchmarks*'      the engine (no database)
#   scripts/benchmark.sh --filter '*NationalTornataCreation*'        the national tornata in PostgreSQL
#   scripts/benchmark.sh --filter '*NationalDigest*'                 the morning digests of the whole country into the outbox
#   scripts/benchmark.sh --filter '*OutboxSending*'                  the sending rate against a local maildev
#   Mail__Host=127.0.0.1 Mail__Port=2525 scripts/benchmark.sh --filter '*OutboxSending*'   ... against another server
#   scripts/benchmark.sh --filter '*'                                 everything
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/scadenzario-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/mailcatcher.sh stop "$work/mail" || true; scripts/postgres.sh destroy "$work/pgdata" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
ConnectionStrings__Scadenzario=$(PG_FSYNC=on scripts/postgres.sh start "$work/pgdata")
export ConnectionStrings__Scadenzario
# The sending benchmark goes to Mail__Host:Mail__Port when set (e.g. Debian's smtp-sink), else to a maildev.
if [ -z "${Mail__Host:-}" ]; then
  read -r smtp_port _ < <(scripts/mailcatcher.sh start "$work/mail")
  export Mail__Host=127.0.0.1 Mail__Port=$smtp_port
fi
dotnet run -c Release --project benchmarks/Scadenzario.Benchmarks -- "${@:---filter *}"

#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks in Release, with a throw-away PostgreSQL for the database
# ones. Arguments go to BenchmarkDotNet, e.g.:
#   scripts/benchmark.sh --filter '*NationalTornataBenchmarks*'      the engine (no database)
#   scripts/benchmark.sh --filter '*NationalTornataCreation*'        the national tornata in PostgreSQL
#   scripts/benchmark.sh --filter '*'                                 everything
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/scadenzario-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/postgres.sh destroy "$work/pgdata" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
ConnectionStrings__Scadenzario=$(PG_FSYNC=on scripts/postgres.sh start "$work/pgdata")
export ConnectionStrings__Scadenzario
dotnet run -c Release --project benchmarks/Scadenzario.Benchmarks -- "${@:---filter *}"

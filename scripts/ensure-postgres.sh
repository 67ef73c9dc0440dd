#!/usr/bin/env bash
# The storage tests also run on PostgreSQL. Make sure one answers on localhost (installing and
# starting Debian's postgresql package when none does), with a role and database for the tests,
# and print the URL the tests connect with. Quick when the server and the role are already there.
set -euo pipefail
PORT=5432
ROLE=pullback_test
URL="postgres://$ROLE:$ROLE@localhost:$PORT/$ROLE"

prepare() {
  if psql "$URL" -qAtc "select 1" >/dev/null 2>&1; then return 0; fi

  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  as_postgres() { if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing Debian's postgresql package" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi

  if ! pg_isready -q -h localhost -p "$PORT"; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    if ! pg_lsclusters -h | grep -q "^$version main "; then
      $SUDO pg_createcluster "$version" main --port "$PORT" >/dev/null
    fi
    echo "starting PostgreSQL $version" >&2
    # pg_ctlcluster runs the server as the cluster's owner (postgres), never as root.
    $SUDO pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$PORT" && break; sleep 1; done
    pg_isready -q -h localhost -p "$PORT"
  fi

  # The tests create a fresh database per test app, so the role needs CREATEDB. Commits need not
  # wait for the disk in throwaway test databases, which keeps the PostgreSQL runs quick.
  as_postgres psql -p "$PORT" -qAt -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD ''$ROLE'''
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') \gexec
SELECT 'CREATE DATABASE $ROLE OWNER $ROLE'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$ROLE') \gexec
ALTER ROLE $ROLE SET synchronous_commit = off;
SQL
  psql "$URL" -qAtc "select 1" >/dev/null
}

# The caller captures stdout as the URL, and Debian's tools print notes there ("Removed stale pid
# file."), so all of the work writes to stderr. (A redirection, not a saved descriptor: the server
# started here must not hold the caller's pipe open.)
prepare >&2
echo "$URL"

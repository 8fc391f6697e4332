#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the receiver's tests, from Debian's `postgresql` package
# (this script installs nothing). Trust auth, 127.0.0.1 only, socket in DIR.
#   test-postgres.sh start DIR [PORT]   initdb DIR/data, start on 127.0.0.1:PORT (55432), print the URL
#   test-postgres.sh stop DIR           stop the cluster and delete DIR
# Durability is off (fsync) unless HOSTGUARD_PG_DURABLE=1: the data is thrown away anyway.
# As root, PostgreSQL runs as the postgres user (it refuses root) and DIR is chowned to it.
set -euo pipefail
usage() { echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2; }
cmd=${1:-}; dir=${2:-}; port=${3:-55432}
[[ -n "$cmd" && -n "$dir" ]] || usage

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ ! -x "$bin/initdb" ]]; then
  echo "$0: no /usr/lib/postgresql/*/bin/initdb (install Debian's postgresql package)" >&2
  exit 3
fi
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    if [[ ! -d "$dir/data" ]]; then
      as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ "${HOSTGUARD_PG_DURABLE:-}" == 1 ]] && fast=""
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 $fast" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback and prints the DATABASE_URL for it.
# Usage: eval "$(bash .ci/start-postgres.sh [PORT])"
set -euo pipefail
# The port asked for, or the first free one from 5434 up (a developer may already run a server there).
PORT="${1:-$(node -e 'const n=require("net");(function t(p){const s=n.createServer().once("error",()=>t(p+1)).once("listening",()=>{s.close();console.log(p)}).listen(p,"127.0.0.1")})(5434)')}"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/claimboard-pg.XXXXXX)
chown postgres:postgres "$PGDATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDATA -c fsync=off -c max_connections=200" start >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database claimboard"
echo "export PGDATA_DIR=$PGDATA PGBIN=$PGBIN DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/claimboard"

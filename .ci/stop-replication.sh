#!/usr/bin/env bash
# Stops what .ci/start-replication.sh started in DIR (PgBouncer by its pid file, each server with pg_ctl)
# and removes DIR. Safe to run on a half-started DIR.
# Usage: bash .ci/stop-replication.sh DIR
set -uo pipefail
DIR=$1
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -f "$DIR/bouncer/pgbouncer.pid" ]; then kill "$(cat "$DIR/bouncer/pgbouncer.pid")" 2>/dev/null; fi
for server in replica primary; do
  [ -f "$DIR/$server/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$DIR/$server" -m immediate -w stop >/dev/null 2>&1
done
rm -rf "$DIR"
exit 0

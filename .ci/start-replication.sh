#!/usr/bin/env bash
# Starts a throwaway replicated PostgreSQL setup on loopback with Debian's binaries: a primary, a streaming
# replica cloned from it with pg_basebackup, and PgBouncer in transaction mode in front of both.
# Prints the URLs to eval; stop it all with `bash .ci/stop-replication.sh DIR`.
# Usage: eval "$(bash .ci/start-replication.sh DIR PRIMARY_PORT REPLICA_PORT BOUNCER_PORT)"
set -euo pipefail
DIR=$1 PRIMARY_PORT=$2 REPLICA_PORT=$3 BOUNCER_PORT=$4
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
# initdb, pg_ctl and pgbouncer refuse to run as root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
as_pg mkdir -p "$DIR/primary" "$DIR/bouncer" "$DIR/sock"
as_pg chmod 700 "$DIR/primary"
# trust for loopback, replication connections included (initdb's default pg_hba has those lines).
as_pg "$PGBIN/initdb" -D "$DIR/primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# fsync off: a test cluster need not survive a power cut; the replica applies WAL all the same.
opts="-c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c wal_level=replica"
as_pg "$PGBIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w -t 30 \
  -o "$opts -p $PRIMARY_PORT -k $DIR/sock" start >/dev/null
psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -qc "create database claimboard"

# -R writes standby.signal and primary_conninfo: the copy starts as a hot standby streaming from the primary.
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/replica" -R -X stream -c fast --no-sync
as_pg "$PGBIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w -t 30 \
  -o "$opts -p $REPLICA_PORT -k $DIR/sock" start >/dev/null

# Transaction mode: a server connection is lent for one transaction only, so nothing may rely on session
# state (LISTEN, session advisory locks, named prepared statements before PgBouncer 1.21).
as_pg tee "$DIR/bouncer/pgbouncer.ini" >/dev/null <<EOF
[databases]
claimboard = host=127.0.0.1 port=$PRIMARY_PORT dbname=claimboard
claimboard_replica = host=127.0.0.1 port=$REPLICA_PORT dbname=claimboard
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir = $DIR/bouncer
auth_type = trust
auth_file = $DIR/bouncer/users.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
logfile = $DIR/bouncer/pgbouncer.log
pidfile = $DIR/bouncer/pgbouncer.pid
EOF
echo '"postgres" ""' | as_pg tee "$DIR/bouncer/users.txt" >/dev/null
as_pg "$PGBOUNCER" -d -q "$DIR/bouncer/pgbouncer.ini"
for _ in $(seq 50); do psql -h 127.0.0.1 -p "$BOUNCER_PORT" -U postgres -d claimboard -qAtc "select 1" >/dev/null 2>&1 && break; sleep 0.1; done

# postgres.js prepares named statements unless told not to; PgBouncer 1.18 (Debian 12) cannot keep them.
BOUNCED="postgres://postgres@127.0.0.1:$BOUNCER_PORT"
echo "export PGBIN=$PGBIN"
echo "export PRIMARY_URL=$BOUNCED/claimboard?prepare=false"
echo "export REPLICA_URL=$BOUNCED/claimboard_replica?prepare=false"
echo "export REPLICA_DIRECT_URL=postgres://postgres@127.0.0.1:$REPLICA_PORT/claimboard"
echo "export PRIMARY_DIRECT_URL=postgres://postgres@127.0.0.1:$PRIMARY_PORT/claimboard"

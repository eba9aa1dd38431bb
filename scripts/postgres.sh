#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and checks: scripts/postgres.sh start | stop | url
# Starts a cluster (Debian's postgresql package) under /tmp/sprout-postgres on port 55433 with
# a trusted superuser "sprout" on localhost. Run as root (it runs the server as "postgres")
# or as any user who can run the server binaries.
set -euo pipefail

PORT=${SPROUT_POSTGRES_PORT:-55433}
DIR=${SPROUT_POSTGRES_DIR:-/tmp/sprout-postgres}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PG_BIN" ] || { echo "PostgreSQL's server is not installed (Debian: apt-get install postgresql)"; exit 2; }
if [ "$(id -u)" = 0 ]; then
	run() { su postgres -s /bin/bash -c "$*"; }
else
	run() { bash -c "$*"; }
fi

case "${1:-}" in
	start)
		if [ ! -d "$DIR/data" ]; then
			mkdir -p "$DIR" && chmod 755 "$DIR"
			[ "$(id -u)" = 0 ] && chown postgres "$DIR"
			run "$PG_BIN/initdb -D $DIR/data -U sprout --auth=trust -E UTF8" >/dev/null
		fi
		if ! run "$PG_BIN/pg_ctl -D $DIR/data status" >/dev/null 2>&1; then
			# SPROUT_POSTGRES_FAST=1 (for test suites) trades durability for speed.
			extra=""
			[ "${SPROUT_POSTGRES_FAST:-0}" = 1 ] && extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
			run "$PG_BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=localhost -c max_connections=300 $extra' -l $DIR/server.log -w start" >/dev/null
		fi
		echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on localhost:$PORT (user sprout)"
		;;
	stop)
		run "$PG_BIN/pg_ctl -D $DIR/data -m fast stop" >/dev/null 2>&1 || true
		rm -rf "$DIR"
		;;
	url)
		echo "jdbc:postgresql://localhost:$PORT/"
		;;
	*)
		echo "usage: $0 start | stop | url"; exit 2
		;;
esac

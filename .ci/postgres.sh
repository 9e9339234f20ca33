# Sourced by .ci/run: a throw-away PostgreSQL server for the tests, stopped when the run ends.
# Installs Debian's postgresql when it is missing, starts a cluster in a temporary folder on a
# free loopback port, and exports GOVCAT_TEST_POSTGRES (tests/conftest.py: postgres_url).

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ]; then
    echo ".ci: installing PostgreSQL (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bin)"
PG_DIR="$(mktemp -d /tmp/govcat-ci-pg.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

as_pg_owner() {  # initdb and the server refuse to run as root
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
as_pg_owner "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U postgres >'$PG_DIR/initdb.log'"
as_pg_owner "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w \
    -o \"-k '$PG_DIR' -p $PG_PORT -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
trap 'as_pg_owner "\"$PG_BIN/pg_ctl\" -D \"$PG_DIR/data\" -m fast stop" >/dev/null 2>&1; rm -rf "$PG_DIR"' EXIT
export GOVCAT_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
echo ".ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"

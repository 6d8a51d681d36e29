#!/usr/bin/env bash
# Runs a command against a throwaway Postgres cluster: initdb in a temporary directory, start it on a free
# loopback port (TCP only, trust auth: it lives as long as the command), export DATABASE_URL and
# TEST_DATABASE_URL, run the command, and always stop the cluster and remove its files afterwards.
# Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args…]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-postgres: no Postgres server binaries (install Debian's postgresql package)" >&2
  exit 2
fi

# initdb refuses to run as root, so the cluster belongs to an unprivileged user when we are root.
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  PG_USER="${PG_USER:-postgres}"
  id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
  RUN_AS=(runuser -u "$PG_USER" --)
fi

DIR="$(mktemp -d /tmp/shipshape-pg.XXXXXX)"
[ "${#RUN_AS[@]}" -gt 0 ] && chown "$PG_USER" "$DIR"
PORT="${PG_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"

stop() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DIR/data" -U shipshape --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
# fsync stays on: the durability test relies on committed transactions surviving.
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories='' -c max_connections=50" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }

export DATABASE_URL="postgres://shipshape@127.0.0.1:$PORT/postgres"
export TEST_DATABASE_URL="$DATABASE_URL"
echo "with-postgres: cluster on 127.0.0.1:$PORT ($("$PG_BIN/postgres" --version))" >&2
set +e
"$@"
status=$?
set -e
exit "$status"

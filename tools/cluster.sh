#!/usr/bin/env bash
# Two (or more) Showcase nodes on one PostgreSQL behind Debian's nginx, on this machine, for trying the cluster out.
#
#   tools/cluster.sh start [--nodes 2] [--postgres "Host=…;Port=…;Username=…"] [--configuration Release]
#   tools/cluster.sh status      which node answers, whether each node's listener is connected
#   tools/cluster.sh bench [--round 2021-top10] [--requests 20000]
#                                partner ListLeaderboardEntries calls/s through the proxy with one node, then two
#   tools/cluster.sh stop        stops nginx, the nodes and the PostgreSQL this script started
#
# Everything lives under $SHOWCASE_CLUSTER_DIR (default /tmp/showcase-cluster): one data folder per node (its SQLite-free
# local state: the search index, logs), one shared uploads folder (Showcase:MediaDir), nginx's config and temp dirs.
# The site is on http://127.0.0.1:8080 (HTTP/1.1), the partner API on 127.0.0.1:8081 (h2c, grpc_pass).
# Without --postgres a PostgreSQL of Debian's postgresql package is created in the state folder on port 55440.
# Needs: dotnet, nginx (apt-get install nginx-light), for bench h2load (apt-get install nghttp2-client).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${SHOWCASE_CLUSTER_DIR:-/tmp/showcase-cluster}"
WEB_PORT="${SHOWCASE_CLUSTER_WEB_PORT:-8080}"
GRPC_PORT="${SHOWCASE_CLUSTER_GRPC_PORT:-8081}"
PG_PORT="${SHOWCASE_CLUSTER_PG_PORT:-55440}"
NODES=2
POSTGRES=""
CONFIGURATION=Release
ROUND=2021-top10
REQUESTS=20000

command="${1:-}"; shift || true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --nodes) NODES="$2"; shift 2 ;;
    --postgres) POSTGRES="$2"; shift 2 ;;
    --configuration) CONFIGURATION="$2"; shift 2 ;;
    --round) ROUND="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

node_web_port() { echo $((5180 + 10 * $1)); }
node_grpc_port() { echo $((5181 + 10 * $1)); }
dll() { echo "$ROOT/src/Showcase.Web/bin/$CONFIGURATION/net10.0/Showcase.Web.dll"; }

connection_string() {
  if [[ -f "$STATE/postgres.conn" ]]; then cat "$STATE/postgres.conn"; else echo "$POSTGRES"; fi
}

start_postgres() {
  if [[ -n "$POSTGRES" ]]; then
    echo "$POSTGRES;Database=showcase_cluster" > "$STATE/postgres.conn"
    psql "$(echo "$POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/')" dbname=postgres \
      -qc "CREATE DATABASE showcase_cluster" 2>/dev/null || true
    return
  fi
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  local as=()
  # initdb refuses root: run the server as the postgres user then.
  if [[ "$(id -u)" == 0 ]]; then as=(runuser -u postgres --); fi
  mkdir -p "$STATE/pg"
  [[ "$(id -u)" == 0 ]] && chown postgres "$STATE/pg"
  if [[ ! -f "$STATE/pg/PG_VERSION" ]]; then
    "${as[@]}" "$bin/initdb" -D "$STATE/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  "${as[@]}" "$bin/pg_ctl" -D "$STATE/pg" -l "$STATE/pg/server.log" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
  touch "$STATE/postgres.ours"
  "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE showcase_cluster" 2>/dev/null || true
  echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=showcase_cluster" > "$STATE/postgres.conn"
}

node_args() {
  local n="$1"
  echo "--Showcase:DataDir=$STATE/node-$n" \
       "--Showcase:MediaDir=$STATE/media" \
       "--Showcase:Database:Provider=Postgres" \
       "--Showcase:Cluster:NodeName=node-$n" \
       "--Kestrel:Endpoints:Web:Url=http://127.0.0.1:$(node_web_port "$n")" \
       "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$(node_grpc_port "$n")"
}

start_node() {
  local n="$1"
  mkdir -p "$STATE/node-$n" "$STATE/media"
  # The connection string goes through the environment: it has semicolons, and ps shows arguments.
  # exec all the way down, so that the pid written is dotnet's; setsid, so that the node outlives this script's group.
  (cd "$ROOT/src/Showcase.Web" && exec env Showcase__Database__ConnectionString="$(connection_string)" \
     setsid dotnet "$(dll)" $(node_args "$n") </dev/null >"$STATE/node-$n.log" 2>&1) &
  echo $! > "$STATE/node-$n.pid"
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$(node_web_port "$n")/healthz" >/dev/null 2>&1; then echo "node-$n up on :$(node_web_port "$n") (gRPC :$(node_grpc_port "$n"))"; return; fi
    if ! kill -0 "$(cat "$STATE/node-$n.pid")" 2>/dev/null; then echo "node-$n exited; see $STATE/node-$n.log" >&2; tail -20 "$STATE/node-$n.log" >&2; exit 1; fi
    sleep 0.3
  done
  echo "node-$n did not become healthy; see $STATE/node-$n.log" >&2; exit 1
}

write_nginx_conf() {
  local count="$1" web="" grpc="" user=""
  for n in $(seq 1 "$count"); do
    web+="    server 127.0.0.1:$(node_web_port "$n");"$'\n'
    grpc+="    server 127.0.0.1:$(node_grpc_port "$n");"$'\n'
  done
  # As root, nginx would hand its workers to nobody, who cannot write the temp folders here.
  [[ "$(id -u)" == 0 ]] && user="user root;"
  mkdir -p "$STATE/nginx/tmp"
  cat > "$STATE/nginx/nginx.conf" <<CONF
$user
worker_processes 1;
pid $STATE/nginx/nginx.pid;
error_log $STATE/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $STATE/nginx/tmp/body;
  proxy_temp_path $STATE/nginx/tmp/proxy;
  fastcgi_temp_path $STATE/nginx/tmp/fastcgi;
  uwsgi_temp_path $STATE/nginx/tmp/uwsgi;
  scgi_temp_path $STATE/nginx/tmp/scgi;
  # The site: HTTP/1.1 to the nodes with keep-alive; any node serves any request (cookies, uploads, caches agree).
  upstream showcase_web {
$web    keepalive 32;
  }
  # The partner API: h2c to the nodes; Watch streams stay open for hours.
  upstream showcase_grpc {
$grpc    keepalive 32;
  }
  server {
    listen 127.0.0.1:$WEB_PORT;
    client_max_body_size 20m;
    location / {
      proxy_pass http://showcase_web;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # Server-sent events (the big screen) go out as they are written.
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
  server {
    listen 127.0.0.1:$GRPC_PORT http2;
    # A load generator keeps its connections: nginx would close each after 1,000 requests.
    keepalive_requests 1000000;
    location / {
      grpc_pass grpc://showcase_grpc;
      grpc_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      grpc_read_timeout 1h;
      grpc_send_timeout 1h;
    }
  }
}
CONF
}

start_nginx() {
  write_nginx_conf "$1"
  if [[ -f "$STATE/nginx/nginx.pid" ]] && kill -0 "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -s reload
  else
    # nginx's daemon would hold on to our stdout (and a pipe reading it would never end): its own log instead.
    nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" </dev/null >"$STATE/nginx/start.log" 2>&1 || { cat "$STATE/nginx/start.log" >&2; exit 1; }
  fi
  sleep 0.5
  echo "nginx: site http://127.0.0.1:$WEB_PORT, partner API h2c 127.0.0.1:$GRPC_PORT, $1 node(s)"
}

stop_all() {
  if [[ -f "$STATE/nginx/nginx.pid" ]]; then
    nginx -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -s quit 2>/dev/null || true
  fi
  for pidfile in "$STATE"/node-*.pid; do
    [[ -f "$pidfile" ]] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  if [[ -f "$STATE/postgres.ours" ]]; then
    local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    local as=(); [[ "$(id -u)" == 0 ]] && as=(runuser -u postgres --)
    "${as[@]}" "$bin/pg_ctl" -D "$STATE/pg" -m fast stop >/dev/null || true
    rm -f "$STATE/postgres.ours"
  fi
  echo "stopped (state kept in $STATE; rm -rf it for a fresh start)"
}

status() {
  for pidfile in "$STATE"/node-*.pid; do
    [[ -f "$pidfile" ]] || continue
    local n="${pidfile##*/node-}"; n="${n%.pid}"
    echo "node-$n: $(curl -sS "http://127.0.0.1:$(node_web_port "$n")/healthz" 2>&1 | tr '\n' ' ')"
  done
  for _ in 1 2 3 4; do
    curl -sS -o /dev/null -D - "http://127.0.0.1:$WEB_PORT/healthz" | grep -i '^x-showcase-node' || true
  done
}

# A gRPC frame (no compression, 4-byte length) of ListLeaderboardEntriesRequest{parent=1, page_size=2}.
grpc_body() {
  local parent="rounds/$1" file="$2"
  python3 - "$parent" "$file" <<'PY'
import struct, sys
parent = sys.argv[1].encode()
msg = b"\x0a" + bytes([len(parent)]) + parent + b"\x10" + bytes([100])
open(sys.argv[2], "wb").write(b"\x00" + struct.pack(">I", len(msg)) + msg)
PY
}

bench() {
  local count; count="$(ls "$STATE"/node-*.pid 2>/dev/null | wc -l)"
  [[ "$count" -ge 2 ]] || { echo "start two nodes first: tools/cluster.sh start" >&2; exit 1; }
  local key
  key="$(cd "$ROOT/src/Showcase.Web" && Showcase__Database__ConnectionString="$(connection_string)" dotnet "$(dll)" \
        apikey create --name "bench-$(date +%s)" --scopes leaderboards:read --rate 100000000 --data-dir "$STATE/node-1" \
        --Showcase:Database:Provider=Postgres 2>/dev/null | tail -1 | tr -d '\r')"
  grpc_body "$ROUND" "$STATE/list.grpc"
  local url="http://127.0.0.1:$GRPC_PORT/showcase.v1.LeaderboardService/ListLeaderboardEntries"
  # h2load counts HTTP statuses only; a gRPC error (an unknown round, a refused key) also answers 200.
  local status; status="$(curl -sS -o /dev/null -v --http2-prior-knowledge -H "content-type: application/grpc" -H "te: trailers" \
      -H "x-api-key: $key" --data-binary @"$STATE/list.grpc" "$url" 2>&1 | tr -d '\r' | grep -i '^< grpc-' || true)"
  echo "$status" | grep -qi '^< grpc-status: 0$' || { echo "the probe call failed:"$'\n'"$status" >&2; exit 1; }
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for nodes in 1 2; do
    start_nginx "$nodes" >/dev/null
    # Warm-up, then the measured run.
    h2load -n 2000 -c 8 -m 16 -H "content-type: application/grpc" -H "te: trailers" -H "x-api-key: $key" -d "$STATE/list.grpc" "$url" >/dev/null
    local out; out="$(h2load -n "$REQUESTS" -c 8 -m 16 -H "content-type: application/grpc" -H "te: trailers" -H "x-api-key: $key" -d "$STATE/list.grpc" "$url")"
    local rps; rps="$(echo "$out" | sed -n 's/.*finished in .*, \([0-9.]*\) req\/s.*/\1/p')"
    echo "$out" | grep -E "^requests:|^status codes:" | sed "s/^/  $nodes node(s): /"
    echo "$nodes node(s) through nginx: $rps req/s"
    eval "rps_$nodes=$rps"
  done
  start_nginx "$count" >/dev/null
  echo "ratio two nodes / one node: $(python3 -c "print(f'{$rps_2/$rps_1:.2f}')")"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

case "$command" in
  start)
    command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
    mkdir -p "$STATE"
    [[ -f "$(dll)" ]] || dotnet build -c "$CONFIGURATION" "$ROOT/src/Showcase.Web" -v q -nologo
    start_postgres
    # One after the other: the first node migrates the database and seeds the demo data; the others find it done.
    for n in $(seq 1 "$NODES"); do start_node "$n"; done
    start_nginx "$NODES"
    grep -h -m1 -i "password" "$STATE/node-1.log" || true
    ;;
  stop) stop_all ;;
  status) status ;;
  bench) bench ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Lints the partner API's protos (buf, STANDARD with the exceptions in protos/buf.yaml) and checks them for breaking
# changes against the previous commit's protos. Offline: buf reads descriptor sets built with the protoc that
# Grpc.Tools ships (well-known types included) and the google/api protos of the JSON transcoding package.
#   tools/buf-check.sh            lint + breaking against HEAD~1
#   tools/buf-check.sh lint       lint only
# Exits 0 with a message when buf or protoc is not installed (npm ci not run, NuGet packages not restored).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
buf=node_modules/.bin/buf
nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
protoc=$(ls -d "$nuget"/grpc.tools/2.85.0/tools/linux_x64/protoc 2>/dev/null || true)
wkt="$nuget/grpc.tools/2.85.0/build/native/include"
google_api="$nuget/microsoft.aspnetcore.grpc.jsontranscoding/10.0.15/content/protos"
if [ ! -x "$buf" ]; then echo "buf-check: skipped, $buf is missing (run npm ci)"; exit 0; fi
if [ -z "$protoc" ] || [ ! -d "$wkt" ] || [ ! -d "$google_api" ]; then echo "buf-check: skipped, protoc or the google protos are missing (restore the NuGet packages)"; exit 0; fi
chmod +x "$protoc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# $1: a folder holding showcase/v1/*.proto; $2: the image to write.
image() {
  "$protoc" -I "$1" -I "$google_api" -I "$wkt" --include_imports --include_source_info \
    --descriptor_set_out="$2" $(cd "$1" && ls showcase/v1/*.proto)
}

image protos "$work/current.binpb"
if [ "$what" = all ] || [ "$what" = lint ]; then
  "$buf" lint "$work/current.binpb" --path showcase/v1 --config protos/buf.yaml
  echo "buf-check: lint passed ($(ls protos/showcase/v1/*.proto | wc -l) files)"
fi

if [ "$what" = all ] || [ "$what" = breaking ]; then
  base=${BUF_BREAKING_AGAINST:-HEAD~1}
  if ! git rev-parse --verify -q "$base^{commit}" >/dev/null; then
    echo "buf-check: breaking skipped, no commit $base"; exit 0
  fi
  mkdir -p "$work/previous/showcase/v1"
  files=$(git ls-tree --name-only "$base" protos/showcase/v1/ | grep '\.proto$' || true)
  if [ -z "$files" ]; then echo "buf-check: breaking skipped, $base has no protos"; exit 0; fi
  for f in $files; do git show "$base:$f" > "$work/previous/${f#protos/}"; done
  image "$work/previous" "$work/previous.binpb"
  "$buf" breaking "$work/current.binpb" --against "$work/previous.binpb" --path showcase/v1 --config protos/buf.yaml
  echo "buf-check: no breaking change against $base"
fi

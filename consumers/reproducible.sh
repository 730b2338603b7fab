#!/usr/bin/env bash
# Builds the published modules (parent, BOM, core, io) twice, each time from a fresh copy of their
# sources, and compares every jar of the two builds byte for byte by SHA-256. Fresh copies keep an
# incremental build's leftovers (a Javadoc left as it was) out of the comparison.
# usage: reproducible.sh ROOT WORKDIR LOCAL_REPOSITORY
set -euo pipefail
root="$1" work="$2" repo="$3"
export LC_ALL=C.UTF-8 LANG=C.UTF-8

build() {
  local copy="$1"
  rm -rf "$copy"
  mkdir -p "$copy"
  cp -r "$root/mvnw" "$root/.mvn" "$root/pom.xml" "$copy/"
  for module in bom core io; do
    mkdir -p "$copy/$module"
    cp "$root/$module/pom.xml" "$copy/$module/"
    if [ -d "$root/$module/src" ]; then cp -r "$root/$module/src" "$copy/$module/"; fi
  done
  # the parent names every module; these builds need only their POMs
  for module in examples benchmarks consumers; do
    mkdir -p "$copy/$module"
    cp "$root/$module/pom.xml" "$copy/$module/"
  done
  echo "reproducible: building parent, bom, core and io in $copy"
  (cd "$copy" && ./mvnw -B -q -o -ntp -Dmaven.repo.local="$repo" -pl .,bom,core,io -DskipTests package)
}

build "$work/first"
build "$work/second"

status=0
compared=0
for first in "$work"/first/core/target/*.jar "$work"/first/io/target/*.jar; do
  name="${first#"$work"/first/}"
  second="$work/second/$name"
  if [ ! -f "$second" ]; then
    echo "reproducible: $name was not built the second time" >&2
    status=1
    continue
  fi
  a=$(sha256sum "$first" | cut -d' ' -f1)
  b=$(sha256sum "$second" | cut -d' ' -f1)
  compared=$((compared + 1))
  if [ "$a" = "$b" ]; then
    echo "reproducible: same   $a  $name"
  else
    echo "reproducible: DIFFER $name: $a vs $b" >&2
    status=1
  fi
done
if [ "$compared" -eq 0 ]; then
  echo "reproducible: no jar was built" >&2
  exit 1
fi
exit "$status"

#!/usr/bin/env bash
# Builds the published modules (parent, BOM, core, io) a second time from a copy of their sources
# and compares every jar with the one the reactor built, byte for byte by SHA-256.
# usage: reproducible.sh ROOT WORKDIR LOCAL_REPOSITORY
set -euo pipefail
root="$1" work="$2" repo="$3"
export LC_ALL=C.UTF-8 LANG=C.UTF-8

rm -rf "$work"
mkdir -p "$work"
cp -r "$root/mvnw" "$root/.mvn" "$root/pom.xml" "$work/"
for module in bom core io; do
  mkdir -p "$work/$module"
  cp -r "$root/$module/pom.xml" "$work/$module/"
  [ -d "$root/$module/src" ] && cp -r "$root/$module/src" "$work/$module/"
done
# the parent names every module; the second build needs only their POMs
for module in examples benchmarks consumers; do
  mkdir -p "$work/$module"
  cp "$root/$module/pom.xml" "$work/$module/"
done

echo "reproducible: building parent, bom, core and io again in $work"
(cd "$work" && ./mvnw -B -q -o -ntp -Dmaven.repo.local="$repo" -pl .,bom,core,io -DskipTests package)

status=0
compared=0
for first in "$root"/core/target/*.jar "$root"/io/target/*.jar; do
  second="$work/${first#"$root"/}"
  if [ ! -f "$second" ]; then
    echo "reproducible: ${first#"$root"/} was not built the second time" >&2
    status=1
    continue
  fi
  a=$(sha256sum "$first" | cut -d' ' -f1)
  b=$(sha256sum "$second" | cut -d' ' -f1)
  compared=$((compared + 1))
  if [ "$a" = "$b" ]; then
    echo "reproducible: same   $a  ${first#"$root"/}"
  else
    echo "reproducible: DIFFER ${first#"$root"/}: $a vs $b" >&2
    status=1
  fi
done
if [ "$compared" -eq 0 ]; then
  echo "reproducible: no jar to compare; run it after the package phase" >&2
  exit 1
fi
exit "$status"

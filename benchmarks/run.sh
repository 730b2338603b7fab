#!/usr/bin/env bash
# Runs the benchmarks and writes benchmarks/RESULTS.md.
#
# usage: benchmarks/run.sh [quick|full|codec]
#   quick  documents of 100 and 10,000 indicators, a catalog of 10,000, a 64 MiB streaming check;
#          one short fork per benchmark (two to three minutes; proves the suite still works)
#   full   documents of 100 to 1,000,000 indicators, a catalog of 1,000,000, a 1 GiB streaming
#          check under -Xmx256m (about 20 minutes on two cores)
#   codec  read and write, library against plain databind, at 100, 10,000 and 100,000 indicators,
#          and the validation at 10,000, on JDK 17 and again on JDK 25, each fork with a fixed heap
#          touched in advance; judged by the median and by the best iteration (about 14 minutes on
#          two cores, 7 per JDK; JDK 17 only, and half that, when no JDK 25 is installed). Writes
#          the "Codec targets" section of RESULTS.md and keeps the rest of the generated part.
#
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
# Environment: JAVA_HOME selects the JDK (in codec mode, the first of the two); RESULTS overrides
# the Markdown file written; JMH_EXTRA adds options to every JMH run (for example "-prof jfr");
# CODEC_SMOKE=1 shrinks codec mode to one measured iteration of 200 ms at 100 indicators, without
# warm-up (about a minute on a quiet machine; proves the mode works, its figures mean nothing).
set -euo pipefail

mode="${1:-quick}"
case "$mode" in
  quick|full|codec) ;;
  *) echo "usage: $0 [quick|full|codec]" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
results="$here/target/results/$mode"
out="${RESULTS:-$here/RESULTS.md}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export LC_ALL=C.UTF-8 LANG=C.UTF-8

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/core/pom.xml" "$root/core/src/main" "$root/io/pom.xml" "$root/io/src/main" \
    "$here/pom.xml" "$here/src/main" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "== building $jar"
  (cd "$root" && ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests)
fi

rm -rf "$results"
mkdir -p "$results"
settings="$results/settings.txt"
echo "load average at the start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" > "$settings"

# one JMH run: name, description for RESULTS.md, then JMH arguments
jmh() {
  local name="$1" description="$2"
  shift 2
  echo "== JMH $name: $*"
  echo "$name: $description; JMH options \`$*\`" >> "$settings"
  # shellcheck disable=SC2086
  "$run_java" -Dfile.encoding=UTF-8 -jar "$jar" "$@" -foe "$fail_on_error" -prof gc ${JMH_EXTRA:-} \
    -rf json -rff "$results/jmh-$name.json"
}

documents='ReadBenchmark|WriteBenchmark|ValidateBenchmark|SchemaBenchmark'
# quick mode (and a codec smoke run) proves the suite works, so any failing benchmark fails the
# script; a full or codec run goes on past one, and RESULTS.md shows what was measured
fail_on_error=true
[ "$mode" = full ] && fail_on_error=false
[ "$mode" = codec ] && [ -z "${CODEC_SMOKE:-}" ] && fail_on_error=false
# the JDK of the JMH runs; JMH forks with the JVM that runs it
run_java="$java"

# the feature version of a JDK's java, such as 17
feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

if [ "$mode" = codec ]; then
  # JDK 25 as .ci/run finds it
  jdk25=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/java-25-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then jdk25="$candidate"; break; fi
  done
  javas=("$java")
  if [ -z "$jdk25" ]; then
    echo "== JDK 25 not found under /usr/lib/jvm: codec mode measures JDK $(feature_version "$java") only" >&2
    echo "JDK 25: not found (looked for temurin-25-jdk-amd64, temurin-25-jdk, java-25-openjdk-amd64 under /usr/lib/jvm); only JDK $(feature_version "$java") measured" >> "$settings"
  elif [ "$(feature_version "$jdk25/bin/java")" = "$(feature_version "$java")" ]; then
    echo "== $java is JDK 25 already: codec mode measures it once" >&2
  else
    javas+=("$jdk25/bin/java")
  fi
  if [ -n "${CODEC_SMOKE:-}" ]; then
    # proves the mode works: one measured iteration, one size, no warm-up
    small_sizes=100 validate_size=100 large_size=""
    small_counts=(-f 1 -wi 0 -i 1 -r 200ms)
    echo "smoke run (CODEC_SMOKE): one iteration of 200 ms at 100 indicators, no warm-up; the figures mean nothing" >> "$settings"
  else
    small_sizes=100,10000 validate_size=10000 large_size=100000
    # on two cores the JIT compilers compete with the benchmark for the first seconds (see full mode):
    # ten seconds of warm-up, then eight iterations for a median and a best
    small_counts=(-f 1 -wi 5 -w 2s -i 8 -r 1s)
    # a read takes most of a second here: four-second iterations, so that each holds several
    # operations and the collections that fall into them, twelve seconds of warm-up
    large_counts=(-f 1 -wi 3 -w 4s -i 6 -r 4s)
  fi
  codec='(Read|Write)Benchmark\.(library|plainDatabind)$'
  for run_java in "${javas[@]}"; do
    v="$(feature_version "$run_java")"
    echo "== codec mode on JDK $v: $run_java"
    jmh "codec-$v" "JDK $v, read and write of $small_sizes indicators" "$codec" -p indicators="$small_sizes" \
      "${small_counts[@]}" -jvmArgsAppend "-XX:+AlwaysPreTouch -Xms2g -Xmx2g"
    jmh "validate-$v" "JDK $v, validation of $validate_size indicators" ValidateBenchmark \
      -p indicators="$validate_size" "${small_counts[@]}" -jvmArgsAppend "-XX:+AlwaysPreTouch -Xms2g -Xmx2g"
    if [ -n "$large_size" ]; then
      jmh "codec-100k-$v" "JDK $v, read and write of $large_size indicators" "$codec" -p indicators="$large_size" \
        "${large_counts[@]}" -jvmArgsAppend "-XX:+AlwaysPreTouch -Xms6g -Xmx6g"
    fi
  done
  echo "load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$settings"
  "$java" -Dfile.encoding=UTF-8 -cp "$jar" org.policyindicators.benchmarks.Report "$results" "$out" "$mode"
  exit 0
fi

if [ "$mode" = quick ]; then
  jmh documents "plan documents" "$documents" -p indicators=100,10000 -f 1 -wi 1 -w 1s -i 2 -r 1s
  jmh catalog "JSON Lines catalog" CatalogBenchmark -p indicators=10000 -f 1 -wi 1 -w 1s -i 2 -r 1s
  footprint_sizes="10000"
  footprint_heap="-Xmx1g"
  stream_bytes=$((64 << 20))
else
  # on two cores the JIT compilers compete with the benchmark: three one-second warm-ups left the
  # first measured iteration up to five times slower, so the warm-up is ten seconds
  jmh documents "plan documents of 100 and 10,000 indicators" 'ReadBenchmark|WriteBenchmark|ValidateBenchmark' \
    -p indicators=100,10000 -f 1 -wi 5 -w 2s -i 5 -r 1s
  # an operation takes about a second here and a collection may fall into any iteration: ten
  # iterations of two seconds, so that one slow iteration does not decide the figure
  jmh documents-100k "plan documents of 100,000 indicators" 'ReadBenchmark|WriteBenchmark|ValidateBenchmark' \
    -p indicators=100000 -f 1 -wi 3 -w 2s -i 10 -r 2s
  jmh schema "networknt schema check of 100 and 10,000 indicators" SchemaBenchmark -p indicators=100,10000 \
    -f 1 -wi 5 -w 2s -i 5 -r 1s
  # networknt takes half a minute a check at 100,000 indicators: one warm-up, one measured
  jmh schema-large "networknt schema check of 100,000 indicators, one operation per iteration" SchemaBenchmark \
    -p indicators=100000 -f 1 -wi 1 -w 1s -i 1 -r 1s
  # at 1,000,000 one operation takes seconds to a minute, so each iteration runs exactly one: one
  # warm-up operation and two measured ones. Left out: networknt, whose tree of the 1.1 GB document
  # takes about 8 GB (see the retained heap), and read-plus-validate, which is the read and the
  # validation measured here, and is measured at this size on the catalog.
  jmh large "plan documents of 1,000,000 indicators, 10 GiB heap, one operation per iteration" \
    'ReadBenchmark|WriteBenchmark|ValidateBenchmark.validateModel' \
    -p indicators=1000000 -f 1 -wi 1 -w 1s -i 2 -r 1s -jvmArgsAppend "-Xms10g -Xmx10g"
  # the catalog of 10,000 with the warm-up of the documents of that size, so that the growth to
  # 1,000,000 compares warmed code with warmed code
  jmh catalog-10k "JSON Lines catalog of 10,000 indicators" CatalogBenchmark \
    -p indicators=10000 -f 1 -wi 5 -w 2s -i 5 -r 1s
  jmh catalog "JSON Lines catalog of 1,000,000 indicators, one operation per iteration" CatalogBenchmark \
    -p indicators=1000000 -f 1 -wi 1 -w 1s -i 2 -r 1s
  footprint_sizes="10000 100000 1000000"
  footprint_heap="-Xmx10g"
  stream_bytes=$((1 << 30))
fi

echo "== retained heap: $footprint_sizes"
# shellcheck disable=SC2086
"$java" -Dfile.encoding=UTF-8 $footprint_heap -cp "$jar" org.policyindicators.benchmarks.Footprint \
  "$results/footprint.json" $footprint_sizes

echo "== streaming check: $stream_bytes bytes under -Xmx256m"
"$java" -Dfile.encoding=UTF-8 -Xmx256m -cp "$jar" org.policyindicators.benchmarks.CatalogStreamCheck \
  "$results/stream-check.json" "$stream_bytes"

echo "load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$settings"
"$java" -Dfile.encoding=UTF-8 -cp "$jar" org.policyindicators.benchmarks.Report "$results" "$out" "$mode"

# Shared helpers for the benchmarks in deploy/bench/ (sourced, not run). See deploy/bench/README.md.
#
# A benchmark script does:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_init import                 # work dir, cleanup trap, machine description
#   bench_start_stack spend-service   # throw-away broker + database(s) + service(s); sets SPEND_URL, SPEND_DB
#   bench_scratch_db                  # an empty database for the raw-SQL baseline; sets BENCH_SCRATCH_DB
#   bench_register_pilot CODE YEAR    # a real pilot spend-service knows (stack with pilots-service); BENCH_PILOT_ID
#   ...                               # measure; bench_median, bench_ratio
# Everything started is stopped, and every database made is dropped, when the script exits, however it exits.

set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_SHARED_DIR="${TOTALPLACE_SHARED_DIR:-$(cd "$BENCH_ROOT/.." && pwd)/shared}"
export TOTALPLACE_SHARED_DIR="$BENCH_SHARED_DIR"

BENCH_STACK_PID=""
BENCH_STACK_IN=""
BENCH_SCRATCH_DB=""
BENCH_WORK=""
BENCH_KEEP_WORK="${BENCH_KEEP_WORK:-}"

bench_log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
bench_die() { bench_log "FAILED: $*"; exit 1; }

# bench_init NAME: a fresh work directory (under BENCH_WORK_ROOT, default deploy/bench/target, never committed),
# the cleanup trap, and the machine description printed once.
bench_init() {
  local name="$1"
  local work_root="${BENCH_WORK_ROOT:-$BENCH_DIR/target}"
  mkdir -p "$work_root"
  BENCH_WORK="$(mktemp -d "$work_root/$name.XXXXXX")"
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  bench_require java psql curl python3
  bench_machine
}

bench_require() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null || bench_die "$c is not on the PATH"; done
}

bench_machine() {
  local cpu mem
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  mem="$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "machine: $(nproc) CPUs (${cpu:-unknown}), $mem memory, $(uname -sr)"
  echo "         $(java -version 2>&1 | head -1); $(psql -At -c 'select version()' postgres | cut -d, -f1)"
  bench_load "at start"
}

# bench_load WHEN: the load average, with a warning when the machine is busy with other work (figures are then
# lower and noisier than on a quiet machine; a ratio suffers less, as both sides run under the same load).
bench_load() {
  local one cpus
  read -r one _ </proc/loadavg
  cpus="$(nproc)"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) $1$(awk -v l="$one" -v c="$cpus" 'BEGIN {if (l > c) printf " (busy: more runnable work than the %d CPUs)", c}')"
}

# Stops the stack (its own shutdown drops its databases), drops the scratch database, removes the work directory.
bench_cleanup() {
  local status=$?
  set +e
  if [[ -n "$BENCH_STACK_PID" ]] && kill -0 "$BENCH_STACK_PID" 2>/dev/null; then
    bench_log "stopping the benchmark stack (pid $BENCH_STACK_PID)"
    # closing its input asks it to stop; TERM does the same if the input is already gone
    [[ -n "$BENCH_STACK_IN" ]] && exec {BENCH_STACK_IN}>&-
    kill -TERM "$BENCH_STACK_PID" 2>/dev/null
    for _ in $(seq 1 600); do kill -0 "$BENCH_STACK_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$BENCH_STACK_PID" 2>/dev/null && { bench_log "stack did not stop in 60 s; killing it"; kill -KILL "$BENCH_STACK_PID"; }
    wait "$BENCH_STACK_PID" 2>/dev/null
    [[ -f "$BENCH_WORK/stack.err" ]] && grep -h "bench stack:" "$BENCH_WORK/stack.err" >&2
  fi
  if [[ -n "$BENCH_SCRATCH_DB" ]]; then
    psql -q -X -d postgres -c "drop database if exists \"$BENCH_SCRATCH_DB\" with (force)" >/dev/null \
      && bench_log "dropped database $BENCH_SCRATCH_DB"
  fi
  if [[ -n "$BENCH_WORK" && -d "$BENCH_WORK" ]]; then
    if [[ $status -ne 0 || -n "$BENCH_KEEP_WORK" ]]; then
      bench_log "work directory kept for inspection: $BENCH_WORK"
    else
      rm -rf "$BENCH_WORK"
    fi
  fi
  exit $status
}

# bench_build: the launcher, the broker's jars and the service jars, built only if missing (./mvnw package).
bench_build() {
  local missing=()
  [[ -f "$BENCH_ROOT/deploy/broker/target/lib/broker.jar" ]] || missing+=(deploy/broker)
  [[ -f "$BENCH_ROOT/deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar" ]] || missing+=(deploy/launcher)
  local s
  for s in "$@"; do [[ -f "$BENCH_ROOT/$s/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$s"); done
  if ((${#missing[@]})); then
    bench_log "building ${missing[*]} (./mvnw package, tests skipped)"
    (cd "$BENCH_ROOT" && ./mvnw -B -q -DskipTests package -pl "$(IFS=,; echo "${missing[*]}")" -am) \
      || bench_die "build failed"
  fi
}

# bench_start_stack SERVICE...: a Kafka broker on free ports, a new database per service, the services' jars on
# free ports (deploy/bench/BenchStack.java, on the launcher's classes). Sets <NAME>_URL, <NAME>_DB, <NAME>_PID,
# <NAME>_LOG (NAME: SPEND, PILOTS, ...) and KAFKA_BOOTSTRAP.
bench_start_stack() {
  bench_build "$@"
  local cp="$BENCH_ROOT/deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar:$BENCH_ROOT/deploy/launcher/target/lib/*"
  local fifo="$BENCH_WORK/stack.in"
  mkfifo "$fifo"
  java -Dtotalplace.project.dir="$BENCH_ROOT" -Dtotalplace.shared.dir="$BENCH_SHARED_DIR" -cp "$cp" \
    "$BENCH_DIR/BenchStack.java" "$BENCH_WORK/stack" "$@" <"$fifo" >"$BENCH_WORK/stack.out" 2>"$BENCH_WORK/stack.err" &
  BENCH_STACK_PID=$!
  exec {BENCH_STACK_IN}>"$fifo" # held open until cleanup: closing it stops the stack
  bench_log "starting broker + $* (pid $BENCH_STACK_PID; log $BENCH_WORK/stack.err)"
  for _ in $(seq 1 3000); do
    grep -qx READY "$BENCH_WORK/stack.out" 2>/dev/null && break
    kill -0 "$BENCH_STACK_PID" 2>/dev/null || { cat "$BENCH_WORK/stack.err" >&2; bench_die "the stack did not start"; }
    sleep 0.1
  done
  grep -qx READY "$BENCH_WORK/stack.out" || bench_die "the stack was not ready in 5 minutes"
  local line
  while IFS= read -r line; do
    [[ "$line" =~ ^[A-Z_]+=.+$ ]] && export "${line?}"
  done <"$BENCH_WORK/stack.out"
  bench_log "stack ready: $(grep -v READY "$BENCH_WORK/stack.out" | tr '\n' ' ')"
}

# bench_scratch_db: an empty database for a raw-SQL baseline, dropped on exit. Sets BENCH_SCRATCH_DB.
bench_scratch_db() {
  BENCH_SCRATCH_DB="bench_scratch_$(date -u +%Y%m%d%H%M%S)_$$"
  psql -q -X -v ON_ERROR_STOP=1 -d postgres -c "create database \"$BENCH_SCRATCH_DB\"" >/dev/null
  bench_log "scratch database $BENCH_SCRATCH_DB"
}

# bench_register_pilot CODE YEAR: registers the pilot CODE from deploy/reference-data/pilots.json (as the launcher
# loads it: POST /pilots with the file's record, areas included) with pilots-service, then waits until
# spend-service has it from pilots-service's events (GET /pilots/{id}/count?year=YEAR no longer 404), so that what
# spend-service does for a known pilot (the recount of its year) is part of what is measured. Needs
# `bench_start_stack pilots-service spend-service`. Sets BENCH_PILOT_ID.
bench_register_pilot() {
  local code="$1" year="$2" body status
  body="$(python3 -c 'import json,sys
pilots = json.load(open(sys.argv[1]))["pilots"]
print(json.dumps(next(p for p in pilots if p["code"] == sys.argv[2])))' "$BENCH_ROOT/deploy/reference-data/pilots.json" "$code")" \
    || bench_die "no pilot $code in deploy/reference-data/pilots.json"
  BENCH_PILOT_ID="$(curl -sS --fail-with-body -H 'Content-Type: application/json' -d "$body" "$PILOTS_URL/pilots" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" || bench_die "could not register pilot $code"
  for _ in $(seq 1 600); do
    status="$(curl -sS -o /dev/null -w '%{http_code}' "$SPEND_URL/pilots/$BENCH_PILOT_ID/count?year=$year")"
    [[ "$status" == 200 ]] && break
    [[ "$status" == 404 ]] || bench_die "spend-service answered $status for pilot $code's count"
    sleep 0.1
  done
  [[ "$status" == 200 ]] || bench_die "spend-service did not learn of pilot $code in 60 s"
  bench_log "pilot $code registered as $BENCH_PILOT_ID; spend-service knows it"
}

# bench_now: monotonic-enough wall clock in nanoseconds.
bench_now() { date +%s%N; }

# bench_median N...: the median (mean of the middle two for an even count).
bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR%2) printf "%.6f\n", v[(NR+1)/2]; else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2}'
}

# bench_rate ROWS SECONDS: rows per second, whole.
bench_rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f\n", n / s}'; }

# bench_ratio A B: A / B to two places.
bench_ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f\n", a / b}'; }

# Shared helpers for the benchmarks in deploy/bench/ (sourced, not run). See deploy/bench/README.md.
#
# A benchmark script does:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_init import                 # work dir, cleanup trap, machine description
#   bench_start_stack spend-service   # throw-away broker + database(s) + service(s); sets SPEND_URL, SPEND_DB
#   bench_scratch_db                  # an empty database for the raw-SQL baseline; sets BENCH_SCRATCH_DB
#   bench_register_pilot CODE YEAR    # a real pilot spend-service knows (stack with pilots-service); BENCH_PILOT_ID
#   bench_register_pilots N YEAR      # the first N pilots of the reference data; BENCH_PILOT_IDS, BENCH_PILOT_CODES
#   bench_ledger ROWS; bench_import K PILOT_ID YEAR   # >= 1M lines: import K of the ledger, renumbered, reconciled
#   bench_rules_sql                   # the counting rules (v1) as SQL fragments for a raw-SQL baseline
#   ...                               # measure; bench_median, bench_ratio
# Everything started is stopped, and every database made is dropped, when the script exits, however it exits.

set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BENCH_SHARED_DIR="${TOTALPLACE_SHARED_DIR:-$(cd "$BENCH_ROOT/.." && pwd)/shared}"
export TOTALPLACE_SHARED_DIR="$BENCH_SHARED_DIR"

BENCH_STACK_PID=""
BENCH_TOKEN=""
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
  BENCH_TOKEN="$(cat "$BENCH_TOKEN_FILE")"
}

# bench_curl ARGS...: curl with the stack's programme-office bearer token (every endpoint but health needs one).
bench_curl() {
  curl -H "Authorization: Bearer $BENCH_TOKEN" "$@"
}

# bench_scratch_db: an empty database for a raw-SQL baseline, dropped on exit. Sets BENCH_SCRATCH_DB.
bench_scratch_db() {
  BENCH_SCRATCH_DB="bench_scratch_$(date -u +%Y%m%d%H%M%S)_$$"
  psql -q -X -v ON_ERROR_STOP=1 -d postgres -c "create database \"$BENCH_SCRATCH_DB\"" >/dev/null
  bench_log "scratch database $BENCH_SCRATCH_DB"
}

# bench_register_pilot CODE YEAR: registers the pilot CODE from deploy/reference-data/pilots.json (as the launcher
# loads it: POST /pilots with the file's record, areas included; its tags, which the launcher sets after the
# registration and spend-service never sees, left out) with pilots-service, then waits until
# spend-service has it from pilots-service's events (GET /pilots/{id}/count?year=YEAR no longer 404), so that what
# spend-service does for a known pilot (the recount of its year) is part of what is measured. Needs
# `bench_start_stack pilots-service spend-service`. Sets BENCH_PILOT_ID.
bench_register_pilot() {
  local code="$1" year="$2" body status
  body="$(python3 -c 'import json,sys
pilots = json.load(open(sys.argv[1]))["pilots"]
pilot = next(p for p in pilots if p["code"] == sys.argv[2])
pilot.pop("tags", None)
print(json.dumps(pilot))' "$BENCH_ROOT/deploy/reference-data/pilots.json" "$code")" \
    || bench_die "no pilot $code in deploy/reference-data/pilots.json"
  BENCH_PILOT_ID="$(bench_curl -sS --fail-with-body -H 'Content-Type: application/json' -d "$body" "$PILOTS_URL/pilots" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" || bench_die "could not register pilot $code"
  for _ in $(seq 1 600); do
    status="$(bench_curl -sS -o /dev/null -w '%{http_code}' "$SPEND_URL/pilots/$BENCH_PILOT_ID/count?year=$year")"
    [[ "$status" == 200 ]] && break
    [[ "$status" == 404 ]] || bench_die "spend-service answered $status for pilot $code's count"
    sleep 0.1
  done
  [[ "$status" == 200 ]] || bench_die "spend-service did not learn of pilot $code in 60 s"
  bench_log "pilot $code registered as $BENCH_PILOT_ID; spend-service knows it"
}

# bench_register_pilots N YEAR: registers the first N pilots of deploy/reference-data/pilots.json with
# pilots-service (as bench_register_pilot does), then waits until spend-service knows every one. Sets the arrays
# BENCH_PILOT_IDS and BENCH_PILOT_CODES (same order as the file).
bench_register_pilots() {
  local n="$1" year="$2" pilot code answer id status
  BENCH_PILOT_IDS=()
  BENCH_PILOT_CODES=()
  while IFS= read -r pilot; do
    code="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["code"])' "$pilot")"
    answer="$(bench_curl -sS --fail-with-body -H 'Content-Type: application/json' -d "$pilot" "$PILOTS_URL/pilots")" \
      || bench_die "could not register pilot $code: $answer"
    BENCH_PILOT_IDS+=("$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$answer")")
    BENCH_PILOT_CODES+=("$code")
  done < <(python3 -c 'import json,sys
for pilot in json.load(open(sys.argv[1]))["pilots"][:int(sys.argv[2])]:
    pilot.pop("tags", None)
    print(json.dumps(pilot))' "$BENCH_ROOT/deploy/reference-data/pilots.json" "$n")
  bench_log "registered ${#BENCH_PILOT_IDS[@]} pilots with pilots-service: ${BENCH_PILOT_CODES[*]}"
  # spend-service learns pilots from pilots-service's events; a pilot's count answers 404 until then
  for id in "${BENCH_PILOT_IDS[@]}"; do
    for _ in $(seq 1 600); do
      status="$(bench_curl -s -o /dev/null -w '%{http_code}' "$SPEND_URL/pilots/$id/count?year=$year")"
      [[ "$status" == 200 ]] && break
      sleep 0.1
    done
    [[ "$status" == 200 ]] || bench_die "spend-service did not learn pilot $id in 60 s (GET count answered $status)"
  done
  bench_log "spend-service knows all ${#BENCH_PILOT_IDS[@]} pilots"
}

# The column mapping of the Gateshead ledger for spend-service's import API (query string).
BENCH_IMPORT_MAPPING="amount=Amount&date=Updated&dateFormat=yyyy-MM-dd&period=Period&supplier=Supplier%20Text"
BENCH_IMPORT_MAPPING+="&serviceLevel=Strategic%20Group&serviceLevel=Spend%20Level%201&serviceLevel=Spend%20Level%202"
BENCH_IMPORT_MAPPING+="&transactionRef=TransNo&transactionRef=Seq%20no"

# bench_ledger ROWS: the deterministic Gateshead ledger of ROWS rows (gateshead_ledger.py) in the work directory,
# with what an import of it must find. Sets BENCH_LEDGER, BENCH_EXPECTED_ACCEPTED, BENCH_EXPECTED_TOTAL; prints it.
bench_ledger() {
  local rows="$1" gateshead="$BENCH_SHARED_DIR/data/spend/gateshead"
  [[ -d "$gateshead" ]] || bench_die "$gateshead not found (set TOTALPLACE_SHARED_DIR)"
  BENCH_LEDGER="$BENCH_WORK/gateshead-$rows.csv"
  python3 "$BENCH_DIR/gateshead_ledger.py" "$gateshead" "$rows" "$BENCH_LEDGER" >"$BENCH_WORK/ledger.json"
  local field='import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])'
  BENCH_EXPECTED_ACCEPTED="$(python3 -c "$field" "$BENCH_WORK/ledger.json" expectedAccepted)"
  BENCH_EXPECTED_TOTAL="$(python3 -c "$field" "$BENCH_WORK/ledger.json" expectedAcceptedTotal)"
  echo "ledger:  $(python3 -c "$field" "$BENCH_WORK/ledger.json" rows) rows per file, sha256" \
    "$(python3 -c "$field" "$BENCH_WORK/ledger.json" sha256) before re-numbering; $BENCH_EXPECTED_ACCEPTED accepted," \
    "GBP $BENCH_EXPECTED_TOTAL per import"
}

# bench_import K PILOT_ID YEAR: import K of the ledger (bench_ledger) for the pilot's YEAR through the import API,
# in a new submission (body "Gateshead Council"), checked to reconcile (accepted rows and total to the penny).
# File K is the ledger with TransNo raised by K x 1,000,000,000, so every file's SHA-256 differs (content already
# imported is refused) and every payment is new; amounts are untouched. Sets BENCH_IMPORT_SECONDS (curl time_total).
bench_import() {
  local k="$1" pilot="$2" year="$3" file="$BENCH_WORK/ledger-$1.csv" submission code
  python3 - "$BENCH_LEDGER" "$k" "$file" <<'PY'
import csv, sys
src, k, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(src, newline="", encoding="utf-8") as f, open(out, "w", newline="", encoding="utf-8") as g:
    reader = csv.reader(f)
    writer = csv.writer(g, lineterminator="\n")
    writer.writerow(next(reader))
    for row in reader:
        if len(row) > 3 and row[3].strip():
            row[3] = str(int(row[3]) + k * 1_000_000_000)
        writer.writerow(row)
PY
  submission="$(bench_curl -sS --fail-with-body -H 'Content-Type: application/json' \
    -d "{\"pilotId\":\"$pilot\",\"body\":\"Gateshead Council\",\"financialYear\":\"$year\"}" \
    "$SPEND_URL/submissions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" \
    || bench_die "could not open a submission"
  read -r code BENCH_IMPORT_SECONDS < <(bench_curl -sS -o "$BENCH_WORK/import-$k.json" -w '%{http_code} %{time_total}\n' \
    -X POST -H 'Content-Type: text/csv' --data-binary @"$file" \
    "$SPEND_URL/submissions/$submission/imports?$BENCH_IMPORT_MAPPING")
  [[ "$code" == 201 ]] || { cat "$BENCH_WORK/import-$k.json" >&2; bench_die "import $k answered $code"; }
  python3 - "$BENCH_WORK/import-$k.json" "$BENCH_EXPECTED_ACCEPTED" "$BENCH_EXPECTED_TOTAL" <<'PY' || bench_die "import $k did not reconcile"
import json, sys
from decimal import Decimal
report = json.load(open(sys.argv[1]))
ok = report["rows"]["accepted"] == int(sys.argv[2]) and Decimal(report["acceptedTotal"]["amount"]) == Decimal(sys.argv[3])
sys.exit(0 if ok else 1)
PY
  rm -f "$file"
}

# bench_rules_sql: the ledger rules of counting-rules-v1.json as SQL fragments in the work directory, for a raw-SQL
# baseline that must leave out what the rules exclude and classify as they do:
#   rules.sql            CTEs functions(value, function_l1), excluded(col, value), values normalised as the service
#                        compares them (CategoryRule.normal: case, surrounding space and runs of space ignored);
#   plain-functions.sql  the CTE functions(value, function_l1) with the values as written;
#   plain-where.sql      the exclusions as a WHERE condition on ledger_line l, values as written.
# Functions are the rules classifying by serviceLevel1 (function level 1 = the code before the dot); exclusions
# the rules excluding by serviceLevel2, serviceLevel3 or supplier. A rule of any other shape would make such SQL
# no longer equivalent, so it stops the benchmark.
bench_rules_sql() {
  python3 - "$BENCH_ROOT/spend-service/src/main/resources/reference/counting-rules-v1.json" "$BENCH_WORK" <<'PY' \
    || bench_die "counting-rules-v1.json has a ledger rule this benchmark's SQL cannot express"
import json, re, sys
rules = [r for r in json.load(open(sys.argv[1]))["rules"] if r["source"] == "ledger"]
def normal(v): return re.sub(r"\s+", " ", v.strip()).lower()
def lit(v): return "'" + v.replace("'", "''") + "'"
columns = {"serviceLevel2": "service_level_2", "serviceLevel3": "service_level_3", "supplier": "supplier"}
functions, plain_functions, excluded, plain_excluded = [], [], [], {}
for r in rules:
    if len(r["match"]) != 1:
        sys.exit(1)
    (field, value), = r["match"].items()
    if "function" in r:
        if field != "serviceLevel1":
            sys.exit(1)
        functions.append(f"({lit(normal(value))}, {lit(r['function'].split('.')[0])})")
        plain_functions.append(f"({lit(value)}, {lit(r['function'].split('.')[0])})")
    elif "exclude" in r:
        if field not in columns:
            sys.exit(1)
        short = {"serviceLevel2": "sl2", "serviceLevel3": "sl3", "supplier": "supplier"}[field]
        excluded.append(f"({lit(short)}, {lit(normal(value))})")
        plain_excluded.setdefault(columns[field], []).append(lit(value))
    elif "spendType" not in r:
        sys.exit(1)
with open(sys.argv[2] + "/rules.sql", "w") as f:
    print("functions(value, function_l1) as (values " + ", ".join(functions) + "),", file=f)
    print("excluded(col, value) as (values " + ", ".join(excluded) + ")", file=f)
with open(sys.argv[2] + "/plain-functions.sql", "w") as f:
    print("functions(value, function_l1) as (values " + ", ".join(plain_functions) + ")", file=f)
with open(sys.argv[2] + "/plain-where.sql", "w") as f:
    print("\n  and ".join(f"(l.{c} is null or l.{c} <> all (array[{', '.join(v)}]))" for c, v in plain_excluded.items()), file=f)
PY
}

# bench_sql_timed DB FILE: runs the SQL in FILE with psql on DB; prints "statement_seconds wall_seconds": psql's
# \timing of the last statement (its round trip; psql's start and connection left out) and psql start to exit.
bench_sql_timed() {
  local start end out ms
  start="$(bench_now)"
  out="$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c '\timing on' -f "$2")" || bench_die "SQL $2 failed"
  end="$(bench_now)"
  ms="$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$out" | tail -1)"
  [[ -n "$ms" ]] || bench_die "psql printed no timing"
  awk -v ms="$ms" -v a="$start" -v b="$end" 'BEGIN {printf "%.6f %.6f\n", ms / 1000, (b - a) / 1e9}'
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

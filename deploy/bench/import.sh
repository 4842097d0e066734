#!/usr/bin/env bash
# Import benchmark (issue 5, part 8): the same 100,000-row ledger
#   (a) through spend-service's import API end to end (POST /submissions/{id}/imports), and
#   (b) with psql \copy into a plain table in a scratch database (and, as a diagnostic, the import's own lines
#       into a copy of ledger_line: the table floor),
# on the same machine and PostgreSQL server, in one run; prints rows/s for each and the ratio import / COPY
# (target: >= 0.5). See deploy/bench/README.md for the method.
#
#   ./deploy/bench/import.sh            3 warm-up + 5 measured rounds (BENCH_WARMUP, BENCH_RUNS, BENCH_ROWS)
#
# Exits 0 when every import reconciled (rows read = accepted + rejected + skipped, as expected), whatever the
# ratio; the ratio is reported, and BENCH_ENFORCE=1 makes a ratio below the target exit 3.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROWS="${BENCH_ROWS:-100000}"
WARMUP="${BENCH_WARMUP:-3}"
RUNS="${BENCH_RUNS:-5}"
TARGET=0.5
GATESHEAD="$BENCH_SHARED_DIR/data/spend/gateshead"
PILOT_CODE="south-tyneside-gateshead-sunderland" # the pilot Gateshead was part of (deploy/reference-data/pilots.json)
YEAR="2010-11"

bench_init import
bench_require pg_dump sed
echo "benchmark: ledger import, $ROWS rows, $WARMUP warm-up + $RUNS measured round(s), each round API, table floor, then COPY"
[[ -d "$GATESHEAD" ]] || bench_die "$GATESHEAD not found (set TOTALPLACE_SHARED_DIR)"

# --- (a) the ledger ---------------------------------------------------------------------------------------------
LEDGER="$BENCH_WORK/gateshead-$ROWS.csv"
python3 "$BENCH_DIR/gateshead_ledger.py" "$GATESHEAD" "$ROWS" "$LEDGER" >"$BENCH_WORK/ledger.json"
field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$BENCH_WORK/ledger.json" "$1"; }
echo "ledger:  $(field rows) rows ($(field sourceRows) from $(field sourceFiles) Gateshead files + $(field repeatedRows)" \
  "repeated with new TransNo), $(field bytes) bytes, sha256 $(field sha256)"
EXPECTED_ACCEPTED="$(field expectedAccepted)"
EXPECTED_TOTAL="$(field expectedAcceptedTotal)"

# --- services ---------------------------------------------------------------------------------------------------
bench_start_stack pilots-service spend-service
# A real pilot, so that an import does what it does in use: mark the pilot's year, which spend-service's recount
# worker then recounts just after the import's commit.
bench_register_pilot "$PILOT_CODE" "$YEAR"
PILOT_ID="$BENCH_PILOT_ID"
bench_scratch_db
psql -q -X -v ON_ERROR_STOP=1 -d "$BENCH_SCRATCH_DB" <<'SQL'
-- The baseline: the ledger's own columns, typed as a plain table would type them; no keys, no indexes.
create table gateshead_ledger (
    strategic_group text,
    spend_level_1   text,
    spend_level_2   text,
    trans_no        bigint,
    seq_no          integer,
    period          text,
    supplier        text,
    amount          numeric(19,2),
    updated         date
);
SQL

# The mapping as docs/spend-imports.md gives it for Gateshead's first header layout.
MAPPING="amount=Amount&date=Updated&dateFormat=yyyy-MM-dd&period=Period&supplier=Supplier%20Text"
MAPPING+="&serviceLevel=Strategic%20Group&serviceLevel=Spend%20Level%201&serviceLevel=Spend%20Level%202"
MAPPING+="&transactionRef=TransNo&transactionRef=Seq%20no"

checkpoint() { psql -q -X -d postgres -c checkpoint >/dev/null; }

# Whether spend-service's recount worker has pilot-years still to recount (count_due, V9).
recounts_due() { psql -At -X -d "$SPEND_DB" -c 'select count(*) from count_due'; }
wait_recounted() {
  local i
  for ((i = 0; i < 1200; i++)); do
    [[ "$(recounts_due)" == 0 ]] && return 0
    sleep 0.005
  done
  bench_die "spend-service has not recounted after 6+ s"
}

# One import through the API; prints its seconds (curl: request start to the whole response) and the seconds from
# the same start until the recount worker has counted it (the pilot's year no longer marked in count_due).
import_once() {
  local round="$1" out="$BENCH_WORK/import-$1.json" submission code seconds import_id started counted
  submission="$(bench_curl -sS --fail-with-body -H 'Content-Type: application/json' \
    -d "{\"pilotId\":\"$PILOT_ID\",\"body\":\"Gateshead Council (benchmark round $round)\",\"financialYear\":\"$YEAR\"}" \
    "$SPEND_URL/submissions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')" \
    || bench_die "could not open a submission"
  checkpoint
  started="$(bench_now)"
  read -r code seconds < <(bench_curl -sS -o "$out" -w '%{http_code} %{time_total}\n' -X POST \
    -H 'Content-Type: text/csv' --data-binary @"$LEDGER" "$SPEND_URL/submissions/$submission/imports?$MAPPING")
  [[ "$code" == 201 ]] || { cat "$out" >&2; bench_die "import answered $code"; }
  wait_recounted
  counted="$(awk -v a="$started" -v b="$(bench_now)" 'BEGIN {printf "%.3f", (b - a) / 1e9}')"
  python3 - "$out" "$ROWS" "$EXPECTED_ACCEPTED" "$EXPECTED_TOTAL" <<'PY' >&2 || bench_die "the import did not reconcile"
import json, sys
from decimal import Decimal
report = json.load(open(sys.argv[1]))
r = report["rows"]
rows, accepted, total = int(sys.argv[2]), int(sys.argv[3]), Decimal(sys.argv[4])
skipped = r["skippedTotal"] + r["skippedBlank"]
ok = (r["read"] == rows == r["accepted"] + r["rejected"] + skipped and r["accepted"] == accepted
      and Decimal(report["acceptedTotal"]["amount"]) == total)
print(f"          reconciled: rows read {r['read']} = accepted {r['accepted']} + rejected {r['rejected']}"
      f" + skipped {skipped}; accepted total GBP {report['acceptedTotal']['amount']}"
      f" (expected {accepted} accepted, GBP {total}): {'ok' if ok else 'MISMATCH'}")
sys.exit(0 if ok else 1)
PY
  import_id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$out")"
  # the worker recounted the pilot's year: the count now holds this import's lines
  bench_curl -sS --fail-with-body -o "$BENCH_WORK/count-$round.json" "$SPEND_URL/pilots/$PILOT_ID/count?year=$YEAR" \
    || bench_die "could not read the pilot's count"
  python3 - "$BENCH_WORK/count-$round.json" "$EXPECTED_ACCEPTED" <<'PY' >&2 || bench_die "the import was not counted"
import json, sys
count = json.load(open(sys.argv[1]))
lines = sum(m["lines"] for m in count["methods"] if m["method"] == "bottom-up")
lines += sum(e["lines"] for e in count["exclusions"] if e["method"] == "bottom-up")
print(f"          counted: the pilot's bottom-up count for {count['financialYear']} (rule version"
      f" {count['ruleVersion']}) holds {lines} lines (expected {sys.argv[2]})")
sys.exit(0 if lines == int(sys.argv[2]) else 1)
PY
  echo "$import_id" >"$BENCH_WORK/import-$round.id"
  # the same content is refused while an import of it stands: withdraw it (outside the timing) for the next round
  bench_curl -sS --fail-with-body -o /dev/null -H 'Content-Type: application/json' -d '{"reason":"benchmark round done"}' \
    "$SPEND_URL/imports/$import_id/withdraw" || bench_die "could not withdraw import $import_id"
  # the withdrawal marks the year again: let the worker finish before anything else is timed
  wait_recounted
  echo "$seconds $counted"
}

# One psql \copy into the plain table; prints its seconds (psql start to exit, connection included).
copy_once() {
  local start end
  checkpoint
  start="$(bench_now)"
  psql -q -X -v ON_ERROR_STOP=1 -d "$BENCH_SCRATCH_DB" \
    -c "\\copy gateshead_ledger from '$LEDGER' with (format csv, header true)" >/dev/null || bench_die "\\copy failed"
  end="$(bench_now)"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.6f\n", (b - a) / 1e9}'
}

# The table floor: the rows the service wrote, loaded straight into a table made exactly like its ledger_line
# (pg_dump of the service's schema: the same columns, primary key, check and deferred foreign key) by psql \copy.
# No service work at all, so this is the best an import into this table could do; it shows how much of the gap to
# the plain COPY is the table's and how much the service's.
psql -q -X -v ON_ERROR_STOP=1 -d "$BENCH_SCRATCH_DB" -c 'create table ledger_import (id uuid primary key)'
pg_dump -s -t ledger_line -d "$SPEND_DB" | psql -q -X -v ON_ERROR_STOP=1 -d "$BENCH_SCRATCH_DB" >/dev/null \
  || bench_die "could not copy ledger_line's definition"
floor_once() {
  local round="$1" id start end
  id="$(python3 -c 'import uuid; print(uuid.uuid4())')"
  # the first import's lines under a new import id (prepared before the clock starts)
  sed "s/^$(cat "$BENCH_WORK/import-1.id"),/$id,/" "$BENCH_WORK/ledger_line.csv" >"$BENCH_WORK/floor.csv"
  checkpoint
  start="$(bench_now)"
  psql -q -X -v ON_ERROR_STOP=1 -d "$BENCH_SCRATCH_DB" -c begin \
    -c "\\copy ledger_line from '$BENCH_WORK/floor.csv' with (format csv)" \
    -c "insert into ledger_import values ('$id')" -c commit >/dev/null || bench_die "the table-floor load failed"
  end="$(bench_now)"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.6f\n", (b - a) / 1e9}'
}

import_times=()
counted_times=()
floor_times=()
copy_times=()
for ((round = 1; round <= WARMUP + RUNS; round++)); do
  label="run $((round - WARMUP))"; ((round <= WARMUP)) && label="warm-up $round"
  read -r t_import t_counted < <(import_once "$round")
  if ((round == 1)); then
    psql -q -X -v ON_ERROR_STOP=1 -d "$SPEND_DB" -c "\\copy (select * from ledger_line where import_id = \
'$(cat "$BENCH_WORK/import-1.id")' order by line_number) to '$BENCH_WORK/ledger_line.csv' with (format csv)"
  fi
  FLOOR_ROWS="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["rows"]["accepted"])' \
    "$BENCH_WORK/import-1.json")"
  t_floor="$(floor_once "$round")"
  t_copy="$(copy_once)"
  copied="$(psql -At -X -d "$BENCH_SCRATCH_DB" -c 'select count(*) from gateshead_ledger')"
  ((copied == round * ROWS)) || bench_die "COPY table has $copied rows after round $round, expected $((round * ROWS))"
  printf '%-10s import API %7.3f s %7s rows/s (counted after %.3f s) | table floor %7.3f s %7s rows/s | psql \\copy %7.3f s %7s rows/s\n' \
    "$label" "$t_import" "$(bench_rate "$ROWS" "$t_import")" "$t_counted" "$t_floor" "$(bench_rate "$FLOOR_ROWS" "$t_floor")" \
    "$t_copy" "$(bench_rate "$ROWS" "$t_copy")"
  if ((round > WARMUP)); then
    import_times+=("$t_import")
    counted_times+=("$t_counted")
    copy_times+=("$t_copy")
    floor_times+=("$t_floor")
  fi
done

m_import="$(bench_median "${import_times[@]}")"
m_copy="$(bench_median "${copy_times[@]}")"
r_import="$(bench_rate "$ROWS" "$m_import")"
r_copy="$(bench_rate "$ROWS" "$m_copy")"
ratio="$(bench_ratio "$r_import" "$r_copy")"
verdict="meets"
awk -v r="$ratio" -v t="$TARGET" 'BEGIN {exit !(r >= t)}' || verdict="BELOW"
bench_load "at the end"
echo
b_import="$(printf '%s\n' "${import_times[@]}" | sort -g | head -1)"
b_copy="$(printf '%s\n' "${copy_times[@]}" | sort -g | head -1)"
echo "result (median of $RUNS): import API $r_import rows/s (${m_import} s); psql \\copy $r_copy rows/s (${m_copy} s)"
echo "ratio import/COPY throughput: $ratio (target >= $TARGET: $verdict)"
m_counted="$(bench_median "${counted_times[@]}")"
echo "import until counted (the recount worker done, after the response): ${m_counted} s, ratio to COPY" \
  "$(bench_ratio "$(bench_rate "$ROWS" "$m_counted")" "$r_copy")"
m_floor="$(bench_median "${floor_times[@]}")"
r_floor="$(bench_rate "$FLOOR_ROWS" "$m_floor")"
echo "table floor (the import's $FLOOR_ROWS lines into a copy of ledger_line by psql \\copy): $r_floor rows/s" \
  "(${m_floor} s): floor/COPY $(bench_ratio "$r_floor" "$r_copy"), import/floor $(bench_ratio "$r_import" "$r_floor")"
echo "best of $RUNS (least disturbed): import API $(bench_rate "$ROWS" "$b_import") rows/s; psql \\copy" \
  "$(bench_rate "$ROWS" "$b_copy") rows/s; ratio $(bench_ratio "$(bench_rate "$ROWS" "$b_import")" "$(bench_rate "$ROWS" "$b_copy")")"
if [[ "$verdict" == BELOW && -n "${BENCH_ENFORCE:-}" ]]; then
  exit 3
fi

#!/usr/bin/env bash
# Aggregate benchmark (issue 5, part 8): the drilldown pilot x function (level 1) x financial year, bottom-up,
#   (a) through spend-service's aggregate API (GET /aggregate, answered from counted_figure, the count's
#       pre-aggregation), and
#   (b) as the equivalent raw SQL GROUP BY over the ledger lines, run by psql on the service's own database,
# over >= 1,000,000 ledger lines loaded through the import API, on the same machine, in one run; checks that the
# two answers agree to the penny, prints both medians and the ratio raw / API (target: >= 1, the API no slower).
# See deploy/bench/README.md for the method.
#
#   ./deploy/bench/aggregate.sh     4 pilots x 3 years = 12 imports of 100,000 rows; 3 warm-up + 11 measured rounds
#                                   (BENCH_PILOTS, BENCH_YEARS, BENCH_ROWS, BENCH_WARMUP, BENCH_RUNS)
#
# Exits 0 when every import reconciled and the two answers agree, whatever the ratio; BENCH_ENFORCE=1 makes a ratio
# below the target exit 3.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PILOTS="${BENCH_PILOTS:-4}"
read -r -a YEARS <<<"${BENCH_YEARS:-2009-10 2010-11 2011-12}"
ROWS="${BENCH_ROWS:-100000}"
WARMUP="${BENCH_WARMUP:-3}"
RUNS="${BENCH_RUNS:-11}"
TARGET=1
IMPORTS=$((PILOTS * ${#YEARS[@]}))

bench_init aggregate
echo "benchmark: aggregate drilldown pilot|functionL1|financialYear (bottom-up) over $IMPORTS imports of $ROWS rows" \
  "($PILOTS pilots x ${#YEARS[@]} years), $WARMUP warm-up + $RUNS measured round(s), each round API then raw SQL"
((PILOTS >= 1 && PILOTS <= 13)) || bench_die "BENCH_PILOTS must be 1 to 13 (deploy/reference-data/pilots.json)"

# --- the ledger: one 100k-row Gateshead file, re-numbered per import (bench_import) -------------------------------
bench_ledger "$ROWS"
EXPECTED_ACCEPTED="$BENCH_EXPECTED_ACCEPTED"

# --- services ---------------------------------------------------------------------------------------------------
bench_start_stack pilots-service spend-service

# --- pilots, registered through pilots-service's API (as the launcher's ReferenceData does) ----------------------
bench_register_pilots "$PILOTS" "${YEARS[0]}"

# --- the lines, through the import API ---------------------------------------------------------------------------
load_start="$(bench_now)"
k=0
for year in "${YEARS[@]}"; do
  for ((p = 0; p < PILOTS; p++)); do
    k=$((k + 1))
    bench_import "$k" "${BENCH_PILOT_IDS[$p]}" "$year"
    bench_log "import $k/$IMPORTS: pilot ${BENCH_PILOT_CODES[$p]}, $year, $EXPECTED_ACCEPTED lines, ${BENCH_IMPORT_SECONDS} s"
  done
done
load_end="$(bench_now)"
# What a settled database looks like (autovacuum would get there on its own): statistics and visibility map fresh
# for both sides' tables.
psql -q -X -d "$SPEND_DB" -c 'vacuum analyze ledger_line' -c 'vacuum analyze ledger_import' \
  -c 'vacuum analyze submission' -c 'vacuum analyze counted_figure' >/dev/null
read -r LINES FIGURES < <(psql -At -F' ' -X -d "$SPEND_DB" -c "select (select count(*) from ledger_line l join \
ledger_import i on i.id = l.import_id and i.withdrawn_at is null), (select count(*) from counted_figure)")
echo "loaded:  $LINES ledger lines through the import API in $(awk -v a="$load_start" -v b="$load_end" \
  'BEGIN {printf "%.0f", (b - a) / 1e9}') s; counted_figure holds $FIGURES rows (all methods, versions, treatments)"
((LINES >= IMPORTS * EXPECTED_ACCEPTED)) || bench_die "expected $((IMPORTS * EXPECTED_ACCEPTED)) lines, found $LINES"

# --- the raw SQL, built from the first edition of the counting rules (bench_rules_sql) ------------------------------
bench_rules_sql
n() { echo "lower(btrim(regexp_replace($1, '\\s+', ' ', 'g')))"; }
# (0) plain: the rules' values as written, matched exactly (no normalisation): the query anyone would write first,
# and the fastest; it gives the service's answer only while the ledger spells categories as the rules do, which
# the agreement check below confirms for these files.
cat >"$BENCH_WORK/raw-plain.sql" <<SQL
with $(cat "$BENCH_WORK/plain-functions.sql")
select s.pilot_id, coalesce(f.function_l1, 'unclassified') as function_l1, s.financial_year, sum(l.amount) as amount
from ledger_line l
join ledger_import i on i.id = l.import_id and i.withdrawn_at is null
join submission s on s.id = i.submission_id
left join functions f on f.value = l.service_level_1
where $(cat "$BENCH_WORK/plain-where.sql")
group by 1, 2, 3 order by 1, 2, 3;
SQL
# (1) direct: every line normalised, joined to the mapping, grouped.
cat >"$BENCH_WORK/raw-direct.sql" <<SQL
with $(cat "$BENCH_WORK/rules.sql"),
lines as (
  select s.pilot_id, s.financial_year, l.amount, $(n l.service_level_1) as sl1, $(n l.service_level_2) as sl2,
         $(n l.service_level_3) as sl3, $(n l.supplier) as supplier
  from ledger_line l
  join ledger_import i on i.id = l.import_id and i.withdrawn_at is null
  join submission s on s.id = i.submission_id)
select x.pilot_id, coalesce(f.function_l1, 'unclassified') as function_l1, x.financial_year, sum(x.amount) as amount
from lines x left join functions f on f.value = x.sl1
where not exists (select 1 from excluded e where (e.col = 'sl2' and e.value = x.sl2)
                  or (e.col = 'sl3' and e.value = x.sl3) or (e.col = 'supplier' and e.value = x.supplier))
group by 1, 2, 3 order by 1, 2, 3;
SQL
# (2) grouped first: the lines summed by their raw categories, then only the distinct categories normalised and
# mapped (the faster way to write it by hand; same answer).
cat >"$BENCH_WORK/raw-grouped.sql" <<SQL
with $(cat "$BENCH_WORK/rules.sql"),
categories as (
  select s.pilot_id, s.financial_year, l.service_level_1, l.service_level_2, l.service_level_3, l.supplier,
         sum(l.amount) as amount
  from ledger_line l
  join ledger_import i on i.id = l.import_id and i.withdrawn_at is null
  join submission s on s.id = i.submission_id
  group by 1, 2, 3, 4, 5, 6),
normal as (
  select pilot_id, financial_year, amount, $(n service_level_1) as sl1, $(n service_level_2) as sl2,
         $(n service_level_3) as sl3, $(n supplier) as supplier
  from categories)
select x.pilot_id, coalesce(f.function_l1, 'unclassified') as function_l1, x.financial_year, sum(x.amount) as amount
from normal x left join functions f on f.value = x.sl1
where not exists (select 1 from excluded e where (e.col = 'sl2' and e.value = x.sl2)
                  or (e.col = 'sl3' and e.value = x.sl3) or (e.col = 'supplier' and e.value = x.supplier))
group by 1, 2, 3 order by 1, 2, 3;
SQL

API="$SPEND_URL/aggregate?drilldown=pilot%7CfunctionL1%7CfinancialYear&cut=method:bottom-up&pagesize=10000"

# One API call; prints curl's time_total (request start to the whole 200 answer, connection included).
api_once() {
  local code seconds
  read -r code seconds < <(bench_curl -sS -o "$BENCH_WORK/api.json" -w '%{http_code} %{time_total}\n' "$API")
  [[ "$code" == 200 ]] || { cat "$BENCH_WORK/api.json" >&2; bench_die "GET /aggregate answered $code"; }
  echo "$seconds"
}
# One raw query; prints "query_seconds wall_seconds": psql's \timing (the statement's round trip, connection and
# psql's start excluded) and psql start to exit.
raw_once() { bench_sql_timed "$SPEND_DB" "$1"; }

# --- the two answers agree -------------------------------------------------------------------------------------
api_once >/dev/null
for variant in plain direct grouped; do
  psql -X -q --csv -v ON_ERROR_STOP=1 -d "$SPEND_DB" -f "$BENCH_WORK/raw-$variant.sql" >"$BENCH_WORK/raw-$variant.csv" \
    || bench_die "raw SQL ($variant) failed"
done
python3 - "$BENCH_WORK/api.json" "$BENCH_WORK/raw-plain.csv" "$BENCH_WORK/raw-direct.csv" "$BENCH_WORK/raw-grouped.csv" <<'PY' || bench_die "the API and the raw SQL disagree"
import csv, json, sys
from collections import defaultdict
from decimal import Decimal
answer = json.load(open(sys.argv[1]))
if answer["total_cell_count"] != len(answer["cells"]):
    sys.exit(f"API: {answer['total_cell_count']} cells, {len(answer['cells'])} on the page")
def member(v, key):
    return v[key] if isinstance(v, dict) else v
api = {}
for c in answer["cells"]:
    api[(member(c["pilot"], "id"), member(c["functionL1"], "code"), member(c["financialYear"], "code")
         if isinstance(c["financialYear"], dict) else c["financialYear"])] = Decimal(c["amount.sum"]["amount"])
bad = 0
for path in sys.argv[2:]:
    raw = {(r["pilot_id"], r["function_l1"], r["financial_year"].strip()): Decimal(r["amount"])
           for r in csv.DictReader(open(path))}
    for key in sorted(set(api) | set(raw)):
        if api.get(key) != raw.get(key):
            bad += 1
            print(f"  MISMATCH cell {key}: API {api.get(key)}, raw SQL ({path.split('/')[-1]}) {raw.get(key)}")
    py = defaultdict(Decimal); ry = defaultdict(Decimal)
    for (p, f, y), a in api.items(): py[(p, y)] += a
    for (p, f, y), a in raw.items(): ry[(p, y)] += a
    for key in sorted(set(py) | set(ry)):
        if py.get(key) != ry.get(key):
            bad += 1
            print(f"  MISMATCH pilot x year {key}: API {py.get(key)}, raw SQL {ry.get(key)}")
total = sum(api.values())
print(f"agree:   {len(api)} cells (pilot x function x year), {len(py)} pilot x year totals, GBP {total} in all:"
      f" {'identical to the penny in all three raw forms' if bad == 0 else str(bad) + ' MISMATCHES'}")
sys.exit(1 if bad else 0)
PY

# BENCH_EXPLAIN=1: the raw forms' plans (EXPLAIN ANALYZE, BUFFERS) into the work directory, printed to stderr.
if [[ -n "${BENCH_EXPLAIN:-}" ]]; then
  for variant in plain direct grouped; do
    { echo "explain (analyze, buffers)"; cat "$BENCH_WORK/raw-$variant.sql"; } \
      | psql -X -q -d "$SPEND_DB" >"$BENCH_WORK/explain-$variant.txt" && cat "$BENCH_WORK/explain-$variant.txt" >&2
  done
fi

# --- rounds ---------------------------------------------------------------------------------------------------
# The direct normalised form is timed once only (it is by far the slowest: a regular expression per line and column).
read -r direct_q direct_w < <(raw_once "$BENCH_WORK/raw-direct.sql")
printf 'raw SQL, normalised per line (timed once, not in the rounds): %.4f s (psql %.4f s)\n' "$direct_q" "$direct_w"
api_times=(); plain_q=(); plain_w=(); grouped_q=(); grouped_w=()
for ((round = 1; round <= WARMUP + RUNS; round++)); do
  label="run $((round - WARMUP))"; ((round <= WARMUP)) && label="warm-up $round"
  t_api="$(api_once)"
  read -r pq pw < <(raw_once "$BENCH_WORK/raw-plain.sql")
  read -r gq gw < <(raw_once "$BENCH_WORK/raw-grouped.sql")
  printf '%-10s API %7.4f s | raw SQL plain %7.4f s (psql %7.4f s) | raw SQL normalised, grouped first %7.4f s (psql %7.4f s)\n' \
    "$label" "$t_api" "$pq" "$pw" "$gq" "$gw"
  if ((round > WARMUP)); then
    api_times+=("$t_api"); plain_q+=("$pq"); plain_w+=("$pw"); grouped_q+=("$gq"); grouped_w+=("$gw")
  fi
done

m_api="$(bench_median "${api_times[@]}")"
m_pq="$(bench_median "${plain_q[@]}")"; m_pw="$(bench_median "${plain_w[@]}")"
m_gq="$(bench_median "${grouped_q[@]}")"; m_gw="$(bench_median "${grouped_w[@]}")"
# The baseline is the fastest raw form, by its statement time alone (psql's start and connection left out, while
# curl's time includes its connection): the reading most favourable to raw SQL.
m_raw="$(printf '%s\n' "$m_pq" "$m_gq" | sort -g | head -1)"
ratio="$(awk -v r="$m_raw" -v a="$m_api" 'BEGIN {printf "%.1f\n", r / a}')"
verdict="meets"
awk -v r="$m_raw" -v a="$m_api" -v t="$TARGET" 'BEGIN {exit !(r / a >= t)}' || verdict="BELOW"
bench_load "at the end"
echo
echo "result (median of $RUNS, $LINES lines): API ${m_api} s; raw SQL plain ${m_pq} s (psql ${m_pw} s)," \
  "normalised grouped first ${m_gq} s (psql ${m_gw} s), normalised per line ${direct_q} s (once)"
echo "ratio raw_time / api_time: $ratio (fastest raw form's statement time / API's curl time_total;" \
  "target >= $TARGET: $verdict)"
if [[ "$verdict" == BELOW && -n "${BENCH_ENFORCE:-}" ]]; then
  exit 3
fi

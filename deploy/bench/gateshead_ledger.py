#!/usr/bin/env python3
"""Writes one benchmark ledger of exactly N data rows from Gateshead Council's published payment files.

Deterministic (no randomness, no clock): the same input files and N give the same bytes.

Method:
  1. The header is the first file's header (2010-12.csv). The 16 files keep the same column order; only the
     header names drift (see shared/data/README.md), so one header fits all rows.
  2. Every data row of every file, in file-name order, is copied byte for byte (94,919 rows, among them the
     total line at the end of 2011-09.csv, which an import skips as a total).
  3. If that is fewer than N rows, rows are repeated from the start, in order, with TransNo (column 4) raised
     by 100,000,000 x the pass number (pass 1, 2, ...), so a repeated payment is a new transaction rather than
     an exact duplicate line. Rows without a TransNo (totals) are left out of the repeats. The repeated rows
     are written by Python's csv module (quotes only where needed, as in the source files).
  4. If it is more than N rows, the first N are kept.

Prints a JSON summary on stdout: rows, bytes, sha256, and what an import should find (accepted rows and total
of the accepted amounts, worked out here independently of spend-service: every row with a TransNo and an
amount is an ordinary payment; a row whose other fields are all blank is a total).
"""
import csv
import glob
import hashlib
import io
import json
import os
import sys
from decimal import Decimal

TRANS_NO = 3
AMOUNT = 7
STEP = 100_000_000


def read_files(folder):
    files = sorted(glob.glob(os.path.join(folder, "*.csv")))
    if not files:
        sys.exit(f"gateshead_ledger: no *.csv in {folder}")
    header = None
    rows = []  # (raw line without newline, parsed fields)
    for name in files:
        with open(name, "r", encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.splitlines()
        if header is None:
            header = lines[0]
        if sum(1 for _ in csv.reader(io.StringIO(text))) != len(lines):
            sys.exit(f"gateshead_ledger: {name} has a record spanning lines; this generator copies whole lines")
        for raw, fields in zip(lines[1:], csv.reader(lines[1:])):
            rows.append((raw, fields))
    return files, header, rows


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gateshead_ledger.py GATESHEAD_DIR ROWS OUT.csv")
    folder, wanted, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files, header, rows = read_files(folder)

    chosen = []  # (raw line, fields)
    for raw, fields in rows[:wanted]:
        chosen.append((raw, fields))
    repeatable = [(raw, fields) for raw, fields in rows if fields[TRANS_NO].strip()]
    pass_no = 0
    while len(chosen) < wanted:
        pass_no += 1
        for _, fields in repeatable:
            if len(chosen) == wanted:
                break
            changed = list(fields)
            changed[TRANS_NO] = str(int(changed[TRANS_NO]) + STEP * pass_no)
            buf = io.StringIO()
            csv.writer(buf, lineterminator="").writerow(changed)
            chosen.append((buf.getvalue(), changed))

    accepted = 0
    total = Decimal("0.00")
    totals = 0
    for _, fields in chosen:
        others_blank = all(not v.strip() for i, v in enumerate(fields) if i != AMOUNT)
        if others_blank:
            totals += 1
        else:
            accepted += 1
            total += Decimal(fields[AMOUNT])

    data = (header + "\n" + "".join(raw + "\n" for raw, _ in chosen)).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)
    json.dump({
        "file": out,
        "sourceFiles": len(files),
        "sourceRows": len(rows),
        "rows": len(chosen),
        "repeatedRows": max(0, len(chosen) - len(rows)),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "expectedAccepted": accepted,
        "expectedSkippedTotal": totals,
        "expectedAcceptedTotal": str(total),
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()

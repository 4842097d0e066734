-- ledger_category_total without its deferred foreign key to ledger_import (issue 5, part 8), for the reason V8
-- gave for ledger_line: the table is written by one writer only, LedgerImportService, in the transaction that
-- writes the import row under the id it made, and its rows are never updated or deleted; a failure anywhere rolls
-- back both. The key was checked row by row at commit, thousands of rows an import (6,612 for Gateshead's files).
alter table ledger_category_total drop constraint ledger_category_total_import_id_fkey;

-- Ledger lines made light to load (issue 5, part 8: an import at half the speed of a plain COPY).
--
-- ledger_line is written by one writer only, LedgerImportService, with one COPY per import, in the same
-- transaction that writes the import row (ledger_import) and its category totals; lines are never updated or
-- deleted (a withdrawn import keeps them). What the three things dropped here guaranteed is kept that way:
--
-- * the deferred foreign key import_id -> ledger_import (id), checked row by row at commit (most of the cost of
--   loading into this table): the service writes the import row in the transaction that COPYs its lines, under
--   the id it made for them, and checks there that COPY stored exactly the rows it accepted (the count COPY
--   reports against the import's rows_accepted), so no line can be stored without its import, nor an import
--   with lines missing; a failure anywhere rolls all of it back.
-- * the primary key (import_id, line_number): line numbers are the parser's, unique and increasing within a
--   file, and one COPY writes one file's lines. Lines are read by import (through ledger_import), which a BRIN
--   index on import_id serves: one import's lines sit in contiguous pages, so each block range holds one or two
--   imports and costs next to nothing to keep up while loading.
-- * row_digest: exact duplicates are found while the file streams (RowDigest, DuplicateLines) and only the
--   listed ones are stored (ledger_import_duplicate); nothing reads the column.
alter table ledger_line drop constraint ledger_line_import_id_fkey;
alter table ledger_line drop constraint ledger_line_pkey;
alter table ledger_line drop column row_digest;

-- autosummarize: block ranges filled by a load are summarised by autovacuum soon after, instead of waiting for
-- a vacuum of the whole table (until then an unsummarised range is simply read).
create index ledger_line_import_brin on ledger_line using brin (import_id) with (autosummarize = on);

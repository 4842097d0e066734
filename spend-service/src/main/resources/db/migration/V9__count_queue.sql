-- Pilot-years whose ledger lines changed since they were last counted (issue 5, part 8).
--
-- A ledger import (or its withdrawal) marks its pilot's year here in its own transaction instead of recounting
-- it there; RecountWorker recounts marked years right after the commit, and every reader of counted figures
-- recounts the years it reads that are still marked before it reads (CountQueue.catchUp), so no answer is ever
-- behind the lines. The mark is an upsert that bumps `marks`: an import marking a year that the worker is
-- recounting waits for the worker's row lock and marks it again after, so its lines are never missed.
create table count_due (
    pilot_id        uuid        not null,
    financial_year  text        not null,
    marks           bigint      not null default 1,
    since           timestamptz not null,
    primary key (pilot_id, financial_year)
);

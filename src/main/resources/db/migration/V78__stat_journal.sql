-- The statistics' roll-ups are folded from a journal (RollUpJournal, RollUpFolder). A transaction that changes a case,
-- a reception, an activity or a proposal appends one row here for what it adds to the roll-ups, instead of updating
-- the roll-up rows itself: every new message to one deputy waited for the one before to commit (the deputy's rows of
-- its region's year, 7.7 ms of lock wait a message at 150 messages/s). Right after it commits, the rows are taken,
-- summed per roll-up row and written in one transaction, by one folder at a time; the transaction's caller returns only
-- once its rows are folded, so what it changed is in the figures it reads next. Rows left by a crash between the two
-- are folded by the next fold or the folder's round.
create table stat_journal (
    id            bigint generated always as identity primary key,
    -- what the row adds to: 0 every row of a case (RollUps.bump), 1 one dimension's row (bumpOne), 2 a department's rows,
    -- 3 the deputies' record counts (receptions, activities, proposals led)
    kind          smallint       not null,
    scope_key     varchar(400)   not null,
    street_id     bigint,
    station_id    bigint,
    deputy_id     bigint,
    category_id   bigint,
    block_id      bigint,
    channel       smallint,
    month         date,
    -- kind 1: the dimension and its row; kind 2: the department; kind 3: the record (its ordinal) and its year
    dim           int,
    dim_id        bigint,
    department_id bigint,
    record        smallint,
    year          int,
    deputies      bigint[],
    -- what is added to each counter, in the order of the counters' enum (Counts.Monthly, Counts.Department; kind 3 one)
    amounts       double precision[] not null,
    -- the histogram the change adds a duration to (Counts.Hist's ordinal) and its bucket
    hist          smallint,
    bucket        smallint       not null default 0
);

-- The queue's order, nulls (not yet triaged) first, as an index: the first page is read in order
-- instead of sorting every open report.
create index report_queue_rank on report (priority nulls first, deadline nulls first, submitted_at, id);

-- Each distinct word of what the reporter wrote and where, lower case: searching the queue for
-- words finds reports by this index instead of reading every report's text.
create table report_word (
    report_id bigint      not null references report (id) on delete cascade,
    word      varchar(40) not null,
    primary key (word, report_id)
);
create index report_word_by_report on report_word (report_id);

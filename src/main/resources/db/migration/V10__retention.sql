-- Locks for scheduled jobs (ShedLock), so a job runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
-- Closed reports are found by when they were last changed.
create index report_by_status_and_update on report (status, updated_at);

-- The draft a report was sent from: a send repeated after a failure (the report may have been
-- stored all the same) finds that report instead of storing a second. Reports sent before have none.
alter table report add column idempotency_key varchar(36);
create unique index report_by_idempotency_key on report (idempotency_key);

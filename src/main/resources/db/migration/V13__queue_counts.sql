-- Counting the suspected-spam lane without reading the table.
create index report_by_spam on report (suspected_spam, status);

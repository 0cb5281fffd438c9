-- A fingerprint of what the reporter wrote (case, spacing and punctuation ignored), so repeats of
-- the same words can be counted without reading every recent report.
alter table report add column words_fingerprint varchar(64);
create index report_by_words_fingerprint on report (words_fingerprint, submitted_at);

-- The language of the form a reporter used (issue 14, decision record 0028): the code of its folder
-- in content/, such as pl or ur. Every report stored before was sent from the English form.
alter table report add column language varchar(3) default 'en' not null;

-- The case copies it, as it copies the area, so the queue filters by it from report_case alone,
-- and counts what that filter finds from an index with the status, as the other filters do (V25).
alter table report_case add column language varchar(3) default 'en' not null;
create index case_by_language on report_case (language, status);

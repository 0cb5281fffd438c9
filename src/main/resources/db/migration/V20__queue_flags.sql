-- The queue flags what a moderator must see first (issue 12): someone in danger now, a child
-- under 13, a report linked to others. The case copies the reporter's answers it needs when it is
-- opened, and the export lists the signs, so the queue and the export still read one table.
-- Existing cases take them from their reports and links here.
alter table report_case add column danger_now boolean default false not null;
alter table report_case add column age_band varchar(24);
alter table report_case add column signs varchar(4000) default '' not null;
alter table report_case add column linked boolean default false not null;

update report_case set
    danger_now = coalesce((select r.danger_now = 'YES' from report r where r.reference = report_case.reference), false),
    age_band = (select r.age_band from report r where r.reference = report_case.reference),
    signs = coalesce((select string_agg(s.sign_id, ' ' order by s.sign_id) from report_sign s
                      join report r on r.id = s.report_id where r.reference = report_case.reference), ''),
    linked = exists (select 1 from report_link l where l.report_reference = report_case.reference
                     or l.linked_reference = report_case.reference);

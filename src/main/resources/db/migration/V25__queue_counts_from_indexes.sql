-- The queue counts what a filter finds from an index alone: each filter's column with the status
-- (every queue filters by status), so no table row is read to count. The order of a page comes
-- from case_queue_rank, so the old indexes' priority and deadline columns served nothing.
drop index case_by_area;
drop index case_by_place_kind;
drop index case_by_assignee;
create index case_by_area on report_case (area, status);
create index case_by_place_kind on report_case (place_kind, status);
create index case_by_assignee on report_case (assigned_to, status);

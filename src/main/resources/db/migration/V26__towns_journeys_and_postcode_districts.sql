-- Where a report happened, as the form now asks it (decision record 0022): the town or village
-- (an id from content/en/options/towns.yml), for a journey the town where it ended and that
-- town's area, and the district part of a postcode (such as LE11; a full postcode is never
-- stored). area stays the report's own area, that of its town or of the journey's start.
-- Reports stored before have none of these.
alter table report add column town varchar(64);
alter table report add column journey_to_town varchar(64);
alter table report add column journey_to_area varchar(64);
alter table report add column postcode_district varchar(4);

-- The moderators' queue filters a journey by either end: its case carries the second area too,
-- with an index like case_by_area's, so counting a filter still reads the index alone.
alter table report_case add column journey_to_area varchar(64);
create index case_by_journey_to_area on report_case (journey_to_area, status);

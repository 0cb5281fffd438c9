-- A vehicle row holds a colour and a make beside its registration (kept in detail_value), and a
-- booking or job number (also in detail_value) the name of the firm. Each is optional, so rows
-- stored before have none. Sized as detail_value is: 16 bytes for each character of the limit
-- (ReportRules.COLOUR_LIMIT, MAKE_LIMIT and FIRM_LIMIT).
alter table report_detail add column detail_colour varchar(640);
alter table report_detail add column detail_make varchar(960);
alter table report_detail add column detail_firm varchar(1600);

-- Free text is kept exactly as typed and limited in characters as a person sees them (grapheme
-- clusters), with a separate ceiling of 16 UTF-8 bytes per character of the limit
-- (PlainText.byteCeiling). Each column holds its ceiling: H2 counts UTF-16 units and PostgreSQL
-- code points, and neither is ever more than the bytes. Contact details are AES-GCM ciphertext in
-- Base64: 4/3 of (the ceiling + a 12-byte nonce + a 16-byte tag), rounded up.
alter table report alter column noticed set data type varchar(64000);
alter table report alter column location set data type varchar(8000);
alter table report alter column contact_name set data type varchar(2200);
alter table report alter column contact_email set data type varchar(5500);
alter table report alter column contact_notes set data type varchar(6500);
alter table report alter column priority_override_reason set data type varchar(32000);
alter table report_detail alter column detail_value set data type varchar(1600);
alter table report_message alter column body set data type varchar(64000);
alter table report_note alter column body set data type varchar(64000);
alter table report_status_change alter column reason set data type varchar(32000);
alter table report_status_change alter column agency_reference set data type varchar(1600);

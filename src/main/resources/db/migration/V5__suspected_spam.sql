-- The suspected-spam lane: a triage outcome says whether a report looks automated or repeated,
-- and why. Such reports stay visible to moderators.
alter table triage_outcome add column suspected_spam boolean default false not null;
alter table triage_outcome add column spam_reasons varchar(2000) default '' not null;

-- What each report can be linked by (a phone number, a registration, a nickname, a place), as a
-- SHA-256 of the value written one way, so the same number typed differently still matches and
-- no second copy of it is kept.
create table report_link_key (
    report_reference varchar(11)              not null,
    linked_by        varchar(32)              not null,
    key_hash         varchar(64)              not null,
    submitted_at     timestamp with time zone not null,
    primary key (report_reference, linked_by, key_hash)
);
create index report_link_key_by_key on report_link_key (linked_by, key_hash, submitted_at);

-- Reports linked by triage, one row each way and one per thing they share.
create table report_link (
    report_reference varchar(11) not null,
    linked_reference varchar(11) not null,
    linked_by        varchar(32) not null,
    primary key (report_reference, linked_reference, linked_by)
);
create index report_link_by_linked on report_link (linked_reference);

-- One row that triage locks, so two reports sharing a detail that arrive at the same moment,
-- on any node, are linked in turn and never miss each other.
create table triage_lock (
    id integer not null primary key
);
insert into triage_lock (id) values (1);

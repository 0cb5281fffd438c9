-- Rate-limit buckets shared by every node (used by the postgres profile). The id is a keyed
-- hash, never an address; rows expire once their bucket would be full again.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

-- A reporter's draft, kept outside the node so that another node can carry on with it (decision
-- record 0017). Reporting alone reads it. The browser holds the id and a secret in a session
-- cookie; the table holds only the SHA-256 of the secret, and the answers as AES-GCM ciphertext in
-- Base64 (the payload is capped at 700,000 characters, which this column holds with its nonce and
-- tag). A draft untouched for the session timeout is never loaded again and is then deleted.
create table report_draft (
    id          varchar(32)              not null primary key,
    secret_hash varchar(64)              not null,
    answers     varchar(1000000)         not null,
    touched_at  timestamp with time zone not null
);
create index report_draft_by_touched_at on report_draft (touched_at);

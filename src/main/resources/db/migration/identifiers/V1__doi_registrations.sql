-- One row per DOI: the outbox of its registration with DataCite. The row is the truth of what should be
-- registered (the metadata as sent, the visibility wanted) and of what happened last (state, attempts, error).
create table doi_registration (
    doi             text primary key,
    record          text not null unique,
    metadata_xml    text,
    url             text,
    visibility      text not null,
    state           text not null,
    revision        integer not null default 0,
    known_remotely  boolean not null default false,
    attempts        integer not null default 0,
    last_status     integer,
    last_error      text,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    registered_at   timestamptz
);

create index doi_registration_due on doi_registration (next_attempt_at) where state = 'QUEUED';

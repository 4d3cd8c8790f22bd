-- issue 23: runs of the integrity check (every stored file's object against its size and SHA-256, objects nobody
-- refers to) and of the copy from the data directory to S3, with their counts as they go and the problems found
create table integrity_run (
    id            uuid primary key,
    kind          varchar(16) not null check (kind in ('VERIFY', 'COPY')),
    store         varchar(16) not null,
    started_by    uuid,
    started_at    timestamptz not null,
    updated_at    timestamptz not null,
    finished_at   timestamptz,
    state         varchar(16) not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    checked       bigint not null default 0,
    missing       bigint not null default 0,
    wrong_size    bigint not null default 0,
    wrong_hash    bigint not null default 0,
    unreferenced  bigint not null default 0,
    md5_added     bigint not null default 0,
    copied        bigint not null default 0,
    skipped       bigint not null default 0,
    failure       text
);
create index integrity_run_started on integrity_run (started_at desc);

-- the first problems of a run (the counts above stay exact beyond them)
create table integrity_problem (
    run_id      uuid not null references integrity_run (id) on delete cascade,
    position    int not null,
    kind        varchar(16) not null,
    object_key  varchar(1024) not null,
    detail      text not null,
    primary key (run_id, position)
);

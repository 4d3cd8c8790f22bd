-- Part D of issue 22: datasets (the concept), their versions with DataCite metadata as jsonb, files with their
-- access, the curation history of each version, and readers' requests for restricted files.

create table dataset (
    id            uuid primary key,
    depositor_id  uuid not null,
    created_at    timestamptz not null
);
create index dataset_depositor on dataset (depositor_id);

create table dataset_version (
    id              uuid primary key,
    dataset_id      uuid not null references dataset on delete cascade,
    number          integer not null,
    status          varchar(20) not null,
    metadata        jsonb not null,
    project_id      uuid,
    curator_id      uuid,
    doi             varchar(200),
    published_at    timestamptz,
    withdrawn_at    timestamptz,
    withdraw_reason text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (dataset_id, number)
);
create index dataset_version_status on dataset_version (status);
create index dataset_version_project on dataset_version (project_id);

create table dataset_file (
    id             uuid primary key,
    version_id     uuid not null references dataset_version on delete cascade,
    stored_file_id uuid not null,
    name           varchar(255) not null,
    media_type     varchar(200) not null,
    size           bigint not null,
    sha256         varchar(64) not null,
    access         varchar(20) not null,
    embargo_until  date,
    position       integer not null
);
create index dataset_file_version on dataset_file (version_id);

create table dataset_step (
    id          uuid primary key,
    version_id  uuid not null references dataset_version on delete cascade,
    from_status varchar(20),
    to_status   varchar(20) not null,
    actor_id    uuid,
    actor_name  varchar(320) not null,
    comment     text not null default '',
    at          timestamptz not null
);
create index dataset_step_version on dataset_step (version_id, at);

create table dataset_access_request (
    id          uuid primary key,
    version_id  uuid not null references dataset_version on delete cascade,
    person_id   uuid not null,
    reason      text not null,
    status      varchar(20) not null,
    answer      text not null default '',
    created_at  timestamptz not null,
    answered_at timestamptz
);
create index dataset_access_request_version on dataset_access_request (version_id, person_id);

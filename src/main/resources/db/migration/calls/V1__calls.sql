-- Programmes and their calls (one per round), the applications to them, their documents, referees and
-- the nominations member organizations make. Texts shown in several languages are jsonb objects keyed by
-- language tag ({"en": "...", "zh": "..."}).
create table programme (
    id          uuid primary key,
    code        varchar(60) not null unique,
    name        jsonb not null,
    description jsonb not null default '{}'
);

create table call (
    id               uuid primary key,
    programme_id     uuid not null references programme (id),
    code             varchar(80) not null unique,
    reference_prefix varchar(12) not null,
    title            jsonb not null,
    description      jsonb not null default '{}',
    zone             varchar(60) not null,
    opens_at         timestamptz not null,
    closes_at        timestamptz not null,
    status           varchar(20) not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    referee_count    int not null default 0 check (referee_count between 0 and 5),
    nomination_quota int not null default 0 check (nomination_quota >= 0),
    form             jsonb not null default '{"sections": []}',
    eligibility      jsonb not null default '[]',
    cloned_from      uuid references call (id),
    created_at       timestamptz not null,
    version          int not null default 0,
    check (closes_at > opens_at)
);
create index call_programme on call (programme_id, opens_at desc);

create table track (
    call_id     uuid not null references call (id) on delete cascade,
    code        varchar(40) not null,
    name        jsonb not null,
    award_quota int not null check (award_quota >= 0),
    position    int not null,
    primary key (call_id, code)
);

create table host (
    call_id  uuid not null references call (id) on delete cascade,
    code     varchar(40) not null,
    name     jsonb not null,
    kind     varchar(20) not null check (kind in ('UNIVERSITY', 'INSTITUTE', 'FACILITY')),
    capacity int not null check (capacity >= 0),
    position int not null,
    primary key (call_id, code)
);

create sequence reference_number;

create table application (
    id                uuid primary key,
    call_id           uuid not null references call (id),
    applicant_id      uuid not null,
    applicant_name    varchar(200) not null,
    applicant_email   varchar(320) not null,
    status            varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    reference         varchar(30) unique,
    track_code        varchar(40),
    country           char(2),
    answers           jsonb not null default '{}',
    host_choices      jsonb not null default '[]',
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    submission_key    varchar(100),
    submitted         jsonb,
    withdrawn_at      timestamptz,
    eligibility       jsonb,
    eligible          boolean,
    evaluated_at      timestamptz,
    override_eligible boolean,
    override_reason   varchar(2000),
    override_by       uuid,
    override_at       timestamptz,
    version           int not null default 0,
    unique (call_id, applicant_id),
    check ((status = 'DRAFT') = (submitted_at is null) or status = 'WITHDRAWN'),
    check ((override_eligible is null) = (override_reason is null))
);
create index application_applicant on application (applicant_id);
create index application_list on application (call_id, status, track_code, country);
create index application_eligibility on application (call_id, (coalesce(override_eligible, eligible)));

create table application_document (
    application_id uuid not null references application (id) on delete cascade,
    document_type  varchar(60) not null,
    file_id        uuid not null,
    file_name      varchar(255) not null,
    size_bytes     bigint not null,
    content_type   varchar(120) not null,
    uploaded_at    timestamptz not null,
    primary key (application_id, document_type)
);

create table referee (
    id             uuid primary key,
    application_id uuid not null references application (id) on delete cascade,
    name           varchar(200) not null,
    email          varchar(320) not null,
    institution    varchar(300) not null default '',
    token_hash     char(64) unique,
    expires_at     timestamptz not null,
    invited_at     timestamptz not null,
    reminded_at    timestamptz,
    letter_file_id uuid,
    received_at    timestamptz,
    replaced_at    timestamptz
);
create index referee_application on referee (application_id);
create unique index referee_once_per_application on referee (application_id, lower(email)) where replaced_at is null;

create table nomination (
    id              uuid primary key,
    call_id         uuid not null references call (id),
    application_id  uuid not null references application (id),
    organization_id uuid not null,
    nominated_by    uuid not null,
    nominated_at    timestamptz not null,
    withdrawn_at    timestamptz
);
create unique index nomination_active on nomination (application_id) where withdrawn_at is null;
create index nomination_organization on nomination (call_id, organization_id) where withdrawn_at is null;

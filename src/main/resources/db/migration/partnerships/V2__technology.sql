-- The Technology Transfer Platform (issue 20, items 4-8): who speaks for an organization (representative), the
-- technology offers and requests of those organizations (one table: an EEN partnering profile is either), the steps
-- of their review with who, when and why, and the expressions of interest that the Secretariat mediates into
-- introductions. Organizations are the directory's ids, people accounts' ids, projects projects' ids: no foreign key
-- crosses a module's schema. The schema itself is created by the platform's per-module migrations.

create table representative (
    id               uuid primary key,
    person_id        uuid not null,
    organization_id  uuid not null,
    -- REQUESTED by the person, CONFIRMED or REFUSED by the Secretariat, ENDED by the Secretariat
    status           varchar(20) not null check (status in ('REQUESTED', 'CONFIRMED', 'REFUSED', 'ENDED')),
    position         text not null default '',
    phone            text not null default '',
    reason           text not null default '',
    requested_at     timestamptz not null,
    decided_by       uuid,
    decided_at       timestamptz,
    ended_at         timestamptz
);
-- one open request or confirmation per person and organization
create unique index representative_one_open on representative (person_id, organization_id)
    where status in ('REQUESTED', 'CONFIRMED');
create index representative_by_organization on representative (organization_id);

create table technology (
    id                 uuid primary key,
    kind               varchar(10) not null check (kind in ('OFFER', 'REQUEST')),
    organization_id    uuid not null,
    title              jsonb not null,
    summary            jsonb not null,
    inventors          text not null default '',
    project_id         uuid,
    project_reference  text not null default '',
    -- an offer's readiness, or the least a request accepts
    trl                int not null check (trl between 1 and 9),
    trl_evidence       text not null default '',
    ip_status          varchar(20) check (ip_status in ('PATENT_GRANTED', 'PATENT_PENDING', 'KNOW_HOW', 'OPEN')),
    patent_numbers     text not null default '',
    sectors            text[] not null,
    sdgs               int[] not null default '{}',
    countries          text[] not null default '{}',
    models             text[] not null default '{}',
    budget_min         numeric(19, 2),
    budget_max         numeric(19, 2),
    budget_currency    char(3),
    status             varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'EXPIRED', 'ARCHIVED')),
    -- set when a Secretariat's review publishes; the only way to PUBLISHED
    reviewed_by        uuid,
    published_at       timestamptz,
    expires_on         date,
    illustrative       boolean not null default false,
    created_by         uuid,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (status <> 'PUBLISHED' or (reviewed_by is not null and expires_on is not null)),
    check (budget_min is null or budget_max is null or budget_min <= budget_max)
);
create index technology_by_status on technology (status, kind);
create index technology_by_organization on technology (organization_id);

create table technology_step (
    id             uuid primary key,
    technology_id  uuid not null references technology (id) on delete cascade,
    from_status    varchar(20),
    to_status      varchar(20) not null,
    person_id      uuid,
    actor_name     text not null,
    at             timestamptz not null,
    reason         text not null default ''
);
create index technology_step_by_technology on technology_step (technology_id, at);

create table technology_file (
    technology_id  uuid not null references technology (id) on delete cascade,
    file_id        uuid not null,
    image          boolean not null default false,
    added_at       timestamptz not null,
    primary key (technology_id, file_id)
);

create table introduction (
    id                        uuid primary key,
    technology_id             uuid not null references technology (id),
    -- the organization that expressed interest, and the person who did for it
    interested_organization   uuid not null,
    interested_person         uuid not null,
    message                   text not null default '',
    -- EXPRESSED, then FORWARDED or DECLINED by the Secretariat; FORWARDED, then ACCEPTED (both agreed: INTRODUCED)
    -- or REFUSED by the owner; then NEGOTIATING, AGREEMENT_SIGNED or NO_DEAL
    status                    varchar(20) not null check (status in ('EXPRESSED', 'DECLINED', 'FORWARDED', 'REFUSED',
                              'INTRODUCED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'NO_DEAL')),
    owner_person              uuid,
    agreement_kind            varchar(30),
    created_at                timestamptz not null,
    introduced_at             timestamptz,
    concluded_at              timestamptz,
    updated_at                timestamptz not null,
    illustrative              boolean not null default false,
    -- interest once per organization and item
    unique (technology_id, interested_organization)
);
create index introduction_by_status on introduction (status);

create table introduction_step (
    id               uuid primary key,
    introduction_id  uuid not null references introduction (id) on delete cascade,
    from_status      varchar(20),
    to_status        varchar(20) not null,
    person_id        uuid,
    actor_name       text not null,
    at               timestamptz not null,
    reason           text not null default ''
);
create index introduction_step_by_introduction on introduction_step (introduction_id, at);

-- The member directory. Runs with search_path = organizations, so unqualified names land in that schema.

create table organization (
    id             uuid primary key,
    name           varchar(300) not null,
    original_name  varchar(300),
    country        char(2) not null,
    type           varchar(40) not null check (type in ('ACADEMY', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
                       'INTERNATIONAL_ORGANIZATION', 'COMPANY', 'FOUNDATION', 'GOVERNMENT_BODY')),
    status         varchar(20) not null check (status in ('MEMBER', 'PARTNER', 'APPLICANT', 'FORMER')),
    status_since   date,
    website        varchar(500),
    ror_id         varchar(9),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null
);
-- one organization per name, whatever its case
create unique index organization_name_key on organization (lower(name));
create index organization_country on organization (country);
create index organization_type on organization (type);
create index organization_status on organization (status);

-- every status an organization has held, appended on each change and never edited
create table status_change (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    status           varchar(20) not null check (status in ('MEMBER', 'PARTNER', 'APPLICANT', 'FORMER')),
    since            date,
    recorded_at      timestamptz not null,
    recorded_by      uuid
);
create index status_change_organization on status_change (organization_id, recorded_at);

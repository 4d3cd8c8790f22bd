-- Part P of issue 21: series, their issues, who may read them and who opened a restricted one.

create table series (
    id             uuid primary key,
    kind           varchar(40) not null,
    cadence        varchar(20) not null,
    title          jsonb not null,
    description    jsonb not null default '{}',
    issn           varchar(9),
    number_label   varchar(60) not null default 'No. {n}',
    languages      text[] not null default '{}',
    access_policy  varchar(20) not null,
    title_public   boolean not null default false,
    start_date     date,
    end_date       date,
    illustrative   boolean not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index series_kind on series (kind);

create table series_editor (
    series_id  uuid not null references series on delete cascade,
    person_id  uuid not null,
    primary key (series_id, person_id)
);
create index series_editor_person on series_editor (person_id);

-- the series' default recipients of restricted items: a person or an organization per row
create table series_reader (
    series_id        uuid not null references series on delete cascade,
    person_id        uuid,
    organization_id  uuid,
    check (num_nonnulls(person_id, organization_id) = 1)
);
create index series_reader_series on series_reader (series_id);

create table issue (
    id               uuid primary key,
    series_id        uuid not null references series,
    number           integer not null check (number > 0),
    label            varchar(60),
    issue_date       date not null,
    title            jsonb not null,
    abstract         jsonb not null default '{}',
    authors          jsonb not null default '[]',
    keywords         text[] not null default '{}',
    sdgs             integer[] not null default '{}',
    links            text[] not null default '{}',
    access_policy    varchar(20) not null,
    title_public     boolean not null default false,
    status           varchar(20) not null,
    withdrawn_reason text,
    published_at     timestamptz,
    illustrative     boolean not null default false,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint issue_number_unique unique (series_id, number)
);
create index issue_series_date on issue (series_id, issue_date);
create index issue_status_date on issue (status, issue_date desc);

create table issue_reader (
    issue_id         uuid not null references issue on delete cascade,
    person_id        uuid,
    organization_id  uuid,
    check (num_nonnulls(person_id, organization_id) = 1)
);
create index issue_reader_issue on issue_reader (issue_id);

-- a file of an issue in one language, with its extracted text (bounded) for search
create table issue_file (
    id          uuid primary key,
    issue_id    uuid not null references issue on delete cascade,
    file_id     uuid not null,
    language    varchar(12) not null,
    name        text not null,
    media_type  varchar(120) not null,
    size        bigint not null,
    text        text not null default '',
    added_at    timestamptz not null
);
create index issue_file_issue on issue_file (issue_id);

-- every opening of a restricted (or members-only) item by someone let in: who, when, which file if any
create table issue_opening (
    id         bigserial primary key,
    issue_id   uuid not null references issue on delete cascade,
    person_id  uuid,
    file_id    uuid,
    opened_at  timestamptz not null
);
create index issue_opening_issue on issue_opening (issue_id, opened_at desc);

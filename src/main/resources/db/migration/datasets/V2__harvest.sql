-- Part O of issue 22: the OAI-PMH copy of each published version and the COUNTER usage events.

-- One OAI-PMH record per dataset version, written from DatasetVersionChanged (harvest never reads deposit's tables).
-- seq is the record's place in the harvest order: taken afresh from the sequence on every change, so a changed record
-- moves to the end of a harvest in progress; the datestamp only grows. set_specs holds every set the record is in,
-- with its ancestors (project and project:<uuid>), for a GIN containment filter.
create sequence oai_record_seq;

create table oai_record (
    version_id   uuid primary key,
    dataset_id   uuid not null,
    identifier   varchar(300) not null unique,
    seq          bigint not null default nextval('oai_record_seq'),
    datestamp    timestamptz not null,
    deleted      boolean not null default false,
    set_specs    text[] not null default '{}',
    oai_dc       text not null,
    oai_datacite text not null
);

-- the page query: where (datestamp, seq) > (:d, :seq) order by datestamp, seq limit :n
create index oai_record_page on oai_record (datestamp, seq);
create index oai_record_sets on oai_record using gin (set_specs);

create table oai_set (
    spec varchar(300) primary key,
    name varchar(500) not null
);

-- COUNTER usage: one row per counted event (robots and double clicks within 30 seconds are never stored). The session
-- is an HMAC of the visitor's session (or of address and user agent), never the session itself.
create table usage_event (
    id           bigint generated always as identity primary key,
    dataset_id   uuid not null,
    version_id   uuid not null,
    kind         varchar(20) not null,
    session_hash varchar(64) not null,
    at           timestamptz not null
);

create index usage_event_version on usage_event (version_id, at);
create index usage_event_dataset on usage_event (dataset_id, at);
create index usage_event_at on usage_event (at);
create index usage_event_double_click on usage_event (session_hash, version_id, kind, at);

-- One search over every module's records (decision: "Search is one PostgreSQL index"). A row is what a module's
-- SearchSource offers for one record; search never reads another module's tables. Tokens are made in Java
-- (search.text.Tokens) for documents and queries alike: words folded (lower case, no accents) and Chinese,
-- Japanese and Korean text as overlapping character bigrams, stored with positions and weights (A: title,
-- B: text) as a tsvector, so no text-search configuration or server locale decides what a word is.
create extension if not exists pg_trgm with schema search;

create table document (
    module       varchar(40) not null,
    type         varchar(40) not null,
    id           uuid not null,
    title        jsonb not null,
    body         jsonb not null,
    path         varchar(500) not null,
    year         integer,
    countries    varchar(2)[] not null default '{}',
    languages    varchar(12)[] not null default '{}',
    audience     text[] not null check (cardinality(audience) > 0),
    words        tsvector not null,
    -- the titles' words folded, for typo tolerance by trigram similarity when the exact words find nothing
    title_plain  text not null,
    updated_at   timestamptz,
    indexed_at   timestamptz not null,
    primary key (module, type, id)
);

create index document_words on document using gin (words);
create index document_audience on document using gin (audience);
create index document_title_trigrams on document using gin (title_plain search.gin_trgm_ops);

-- which version of each module's source the index holds: a source whose version() differs is rebuilt at start
create table source_version (
    module      varchar(40) primary key,
    version     integer not null,
    documents   integer not null,
    indexed_at  timestamptz not null
);

-- The Annual Report: editions of a year (one live draft at most), their sections and blocks with editorial text in
-- each language, the glossary, and what freezing stores so that a frozen edition never changes and renders without
-- counting anything again.
create table edition (
    id           uuid primary key,
    year         int not null check (year between 1900 and 2100),
    number       int not null,
    status       varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'FROZEN', 'PUBLISHED')),
    illustrative boolean not null default false,
    languages    text[] not null,
    -- the governance decision that froze it, and its date (kept here: governance's tables are its own)
    decision_id  uuid,
    decided_on   date,
    frozen_at    timestamptz,
    -- the publications issue it was published as
    issue_id     uuid,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      int not null default 0,
    unique (year, number),
    check ((status in ('FROZEN', 'PUBLISHED')) = (frozen_at is not null and decision_id is not null))
);
create unique index edition_one_live_draft on edition (year) where status in ('DRAFT', 'SUBMITTED');

create table section (
    id         uuid primary key,
    edition_id uuid not null references edition (id),
    parent_id  uuid references section (id),
    position   int not null,
    code       varchar(60) not null,
    unique (edition_id, code)
);
create index section_edition on section (edition_id, parent_id, position);

create table section_text (
    section_id uuid not null references section (id),
    language   varchar(10) not null,
    title      text not null,
    primary key (section_id, language)
);

create table block (
    id         uuid primary key,
    section_id uuid not null references section (id),
    position   int not null,
    kind       varchar(20) not null check (kind in ('TEXT', 'FIGURES', 'TABLE', 'CHART', 'RECORD_LIST', 'GLOSSARY')),
    spec       jsonb not null default '{}'
);
create index block_section on block (section_id, position);

create table block_text (
    block_id uuid not null references block (id),
    language varchar(10) not null,
    body     text not null,
    primary key (block_id, language)
);

create table glossary_entry (
    id         uuid primary key,
    edition_id uuid not null references edition (id),
    term       varchar(40) not null,
    expansion  jsonb not null,
    origin     varchar(20) not null check (origin in ('DIRECTORY', 'EDITOR')),
    unique (edition_id, term)
);

-- Frozen: written once by the Board's decision, never changed (the trigger below), read without any figure query.
create table frozen_figure (
    edition_id         uuid not null references edition (id),
    ref                text not null,
    key                text not null,
    scope              text,
    part               text,
    year               int not null,
    value              bigint not null,
    amount             numeric(18, 2),
    currency           varchar(3),
    parts              jsonb not null default '[]',
    as_of              timestamptz not null,
    name               jsonb not null,
    definition         jsonb not null,
    illustrative_count int not null default 0,
    problem            varchar(20),
    primary key (edition_id, ref)
);

-- The records each frozen figure counted, compactly: {"calls:application": ["uuid", ...], ...}
create table frozen_records (
    edition_id uuid not null references edition (id),
    ref        text not null,
    part_code  text not null default '',
    refs       jsonb not null,
    primary key (edition_id, ref, part_code)
);

create table frozen_page (
    edition_id uuid not null references edition (id),
    language   varchar(10) not null,
    html       text not null,
    toc        jsonb not null default '[]',
    primary key (edition_id, language)
);

create table frozen_chart (
    edition_id uuid not null references edition (id),
    block_id   uuid not null references block (id),
    language   varchar(10) not null,
    svg_web    text not null,
    svg_print  text not null,
    primary key (edition_id, block_id, language)
);

create table frozen_pdf (
    edition_id uuid not null references edition (id),
    language   varchar(10) not null,
    file_id    uuid not null,
    primary key (edition_id, language)
);

-- What was frozen never changes: not its stored figures, pages, charts, records, nor the sections, blocks, texts and
-- glossary of a frozen or published edition. The application refuses such changes with a message first; this is the
-- guarantee behind it.
create function refuse_frozen_change() returns trigger language plpgsql set search_path = annualreport, pg_temp as $$
declare
    edition uuid;
begin
    if tg_table_name in ('frozen_figure', 'frozen_records', 'frozen_page', 'frozen_chart') then
        raise exception 'a frozen edition never changes' using errcode = 'check_violation';
    end if;
    if tg_table_name in ('section', 'glossary_entry') then
        edition := coalesce(old.edition_id, new.edition_id);
    elsif tg_table_name = 'section_text' then
        select s.edition_id into edition from section s where s.id = coalesce(old.section_id, new.section_id);
    elsif tg_table_name = 'block' then
        select s.edition_id into edition from section s where s.id = coalesce(old.section_id, new.section_id);
    elsif tg_table_name = 'block_text' then
        select s.edition_id into edition from block b join section s on s.id = b.section_id
         where b.id = coalesce(old.block_id, new.block_id);
    end if;
    if exists (select 1 from edition e where e.id = edition and e.status in ('FROZEN', 'PUBLISHED')) then
        raise exception 'a frozen edition never changes' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger frozen_figure_unchanged before update or delete on frozen_figure for each row execute function refuse_frozen_change();
create trigger frozen_records_unchanged before update or delete on frozen_records for each row execute function refuse_frozen_change();
create trigger frozen_page_unchanged before update or delete on frozen_page for each row execute function refuse_frozen_change();
create trigger frozen_chart_unchanged before update or delete on frozen_chart for each row execute function refuse_frozen_change();
create trigger section_frozen before insert or update or delete on section for each row execute function refuse_frozen_change();
create trigger section_text_frozen before insert or update or delete on section_text for each row execute function refuse_frozen_change();
create trigger block_frozen before insert or update or delete on block for each row execute function refuse_frozen_change();
create trigger block_text_frozen before insert or update or delete on block_text for each row execute function refuse_frozen_change();
create trigger glossary_frozen before insert or update or delete on glossary_entry for each row execute function refuse_frozen_change();

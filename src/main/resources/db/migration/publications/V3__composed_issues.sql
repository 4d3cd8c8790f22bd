-- Issues composed from other modules' records (issue 21, item 4; part F): an ANSO Outreach issue from published
-- technology offers, an ANSO Highlight issue from projects' outputs. The picks are shared.RecordRef texts
-- (module:type:id) in the editor's order, each with a text per language. issue_id will hold the issue the
-- composition was published as (part P's issues: no foreign key across the parts' tables).

create table composition (
    id            uuid primary key,
    kind          varchar(20) not null check (kind in ('OUTREACH', 'HIGHLIGHT')),
    year          int not null check (year between 1900 and 2100),
    number        int not null check (number between 1 and 999),
    title         jsonb not null,
    editorial     jsonb not null default '{}',
    -- demo compositions whose selection the seeds do not give
    illustrative  boolean not null default false,
    issue_id      uuid,
    version       int not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (kind, year, number)
);

create table composition_pick (
    id              uuid primary key,
    composition_id  uuid not null references composition (id) on delete cascade,
    record_ref      varchar(200) not null,
    position        int not null check (position >= 0),
    text            jsonb not null default '{}',
    unique (composition_id, record_ref)
);
create index composition_pick_order on composition_pick (composition_id, position);

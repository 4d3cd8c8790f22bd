-- Membership and governance. Runs with search_path = governance. Other modules' rows (people,
-- organizations, files) are referenced by id only.

-- Sessions of the Governing Board (BOARD) and the General Assembly (ASSEMBLY).
create table session (
    id           uuid primary key,
    body         varchar(10) not null check (body in ('BOARD', 'ASSEMBLY')),
    title        varchar(300) not null,
    starts_at    timestamp not null,            -- local date and time in zone
    zone         varchar(60) not null,
    mode         varchar(10) not null check (mode in ('ONLINE', 'ON_SITE', 'HYBRID')),
    location     varchar(300),
    status       varchar(12) not null check (status in ('PLANNED', 'HELD', 'POSTPONED')),
    minutes      text,
    created_at   timestamptz not null
);

create table attendance (
    session_id       uuid not null references session (id),
    organization_id  uuid not null,
    present          boolean not null,
    primary key (session_id, organization_id)
);

create table agenda_item (
    id          uuid primary key,
    session_id  uuid not null references session (id),
    position    int not null,
    title       varchar(500) not null,
    file_ids    uuid[] not null default '{}'
);
create index agenda_item_session on agenda_item (session_id, position);

-- What a body decided. subject_type/subject_id link to what it decides; a decision is never edited.
create table decision (
    id            uuid primary key,
    session_id    uuid not null references session (id),
    text          varchar(4000) not null,
    outcome       varchar(25) not null check (outcome in ('ADOPTED_BY_CONSENSUS', 'ADOPTED_BY_VOTE', 'REJECTED', 'POSTPONED')),
    subject_type  varchar(15) not null check (subject_type in ('APPLICATION', 'AMENDMENT', 'MANDATE', 'POSTPONEMENT', 'ASSOCIATION', 'OTHER')),
    subject_id    uuid,
    motion_id     uuid,
    recorded_at   timestamptz not null,
    recorded_by   uuid
);
create index decision_session on decision (session_id);
create index decision_subject on decision (subject_id);

-- Member organizations' seats on a body; a seat ends only through a decision.
create table seat (
    id               uuid primary key,
    body             varchar(10) not null check (body in ('BOARD', 'ASSEMBLY')),
    organization_id  uuid not null,
    term_start       date not null,
    term_end         date,
    decided_by       uuid references decision (id),
    ended_by         uuid references decision (id)
);
create index seat_body on seat (body, organization_id);

-- Officers and their terms; changed only through a decision, each change kept.
create table officer (
    id               uuid primary key,
    office           varchar(40) not null check (office in ('PRESIDENT', 'VICE_PRESIDENT', 'EXECUTIVE_DIRECTOR', 'ASSISTANT_EXECUTIVE_DIRECTOR')),
    name             varchar(200) not null,
    organization_id  uuid,
    term_start       date not null,
    term_end         date
);

-- The mandate of a body, and every extension or end decided.
create table mandate (
    id          uuid primary key,
    body        varchar(10) not null check (body in ('BOARD', 'ASSEMBLY')),
    term_start  date not null,
    term_end    date not null,
    decided_by  uuid references decision (id)
);
create table mandate_change (
    id            uuid primary key,
    mandate_id    uuid not null references mandate (id),
    previous_end  date not null,
    new_end       date not null,
    decision_id   uuid not null references decision (id)
);

-- Who speaks for a member organization: managed by the Secretariat.
create table delegate (
    id               uuid primary key,
    person_id        uuid not null,
    organization_id  uuid not null,
    since            date not null,
    until            date
);
create unique index delegate_active on delegate (person_id) where until is null;
create index delegate_organization on delegate (organization_id) where until is null;

-- Membership applications.
create table application (
    id               uuid primary key,
    applicant_id     uuid not null,
    legal_name       varchar(300) not null,
    original_name    varchar(300),
    country          char(2) not null,
    type             varchar(40) not null,
    website          varchar(500),
    contact_name     varchar(200) not null,
    contact_email    varchar(320) not null,
    motivation       varchar(8000) not null,
    file_ids         uuid[] not null default '{}',
    state            varchar(25) not null check (state in ('SUBMITTED', 'INFORMATION_REQUESTED', 'COMPLETE', 'ENDORSED', 'APPROVED', 'REJECTED')),
    organization_id  uuid,
    endorsed_by      uuid references decision (id),
    approved_by      uuid references decision (id),
    rejected_by      uuid references decision (id),
    submitted_at     timestamptz not null,
    updated_at       timestamptz not null
);
create index application_applicant on application (applicant_id);
create index application_state on application (state);

-- Every step of an application, appended, never edited: the history both sides see.
create table application_step (
    id              uuid primary key,
    application_id  uuid not null references application (id),
    at              timestamptz not null,
    by_person       uuid,
    kind            varchar(30) not null,
    state           varchar(25) not null,
    note            varchar(8000),
    decision_id     uuid
);
create index application_step_application on application_step (application_id, at);

-- Motions put to a vote.
create table motion (
    id              uuid primary key,
    session_id      uuid references session (id),
    body            varchar(10) not null check (body in ('BOARD', 'ASSEMBLY')),
    title           varchar(500) not null,
    text            varchar(8000),
    rule            varchar(20) not null check (rule in ('SIMPLE_MAJORITY', 'TWO_THIRDS')),
    quorum_basis    varchar(10) not null check (quorum_basis in ('ENTITLED', 'PRESENT')),
    quorum_percent  int not null check (quorum_percent between 0 and 100),
    secret          boolean not null,
    proxy_limit     int not null check (proxy_limit >= 0),
    deadline        timestamptz,
    subject_type    varchar(15),
    subject_id      uuid,
    state           varchar(10) not null check (state in ('CREATED', 'OPEN', 'CLOSED', 'PUBLISHED')),
    entitled        int,
    present         int,
    yes             int,
    no              int,
    abstain         int,
    quorum_reached  boolean,
    adopted         boolean,
    created_at      timestamptz not null
);

-- A motion's state only moves forward: created, open, closed, published.
create function motion_state_forward() returns trigger language plpgsql as $$
declare
    rank_old int := array_position(array['CREATED', 'OPEN', 'CLOSED', 'PUBLISHED'], old.state);
    rank_new int := array_position(array['CREATED', 'OPEN', 'CLOSED', 'PUBLISHED'], new.state);
begin
    if rank_new < rank_old then
        raise exception 'motion % cannot go back from % to %', old.id, old.state, new.state;
    end if;
    return new;
end $$;
create trigger motion_state_forward before update on motion for each row execute function motion_state_forward();

-- The organizations entitled to vote, fixed when the motion opens.
create table motion_voter (
    motion_id        uuid not null references motion (id),
    organization_id  uuid not null,
    primary key (motion_id, organization_id)
);

-- One organization gives its vote to another for one motion.
create table proxy (
    motion_id   uuid not null references motion (id),
    giver_id    uuid not null,
    holder_id   uuid not null,
    primary key (motion_id, giver_id)
);

-- Who voted (auditable). For an open ballot the choice is here too; for a secret ballot it is not.
create table participation (
    motion_id        uuid not null references motion (id),
    organization_id  uuid not null,
    cast_by          uuid not null,
    cast_at          timestamptz not null,
    choice           varchar(10) check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (motion_id, organization_id)
);

-- What was voted in a secret ballot: random id, the motion and the choice, nothing else (no voter, no
-- time, no sequence). Rewritten in random order when the poll closes.
create table secret_ballot (
    id         uuid primary key,
    motion_id  uuid not null references motion (id),
    choice     varchar(10) not null check (choice in ('YES', 'NO', 'ABSTAIN'))
);

-- Statutes: each version is complete (consolidated), its articles numbered like 8 or 8.3.
create table statute_version (
    id              uuid primary key,
    number          int not null unique,
    effective_from  date not null,
    adopted_by      uuid references decision (id),
    note            varchar(500)
);
create table article (
    version_id  uuid not null references statute_version (id),
    number      varchar(20) not null,
    position    int not null,
    heading     varchar(300),
    body        text not null,
    primary key (version_id, number)
);

create table amendment (
    id               uuid primary key,
    base_version_id  uuid not null references statute_version (id),
    article_number   varchar(20) not null,
    heading          varchar(300),
    body             text not null,
    rationale        varchar(4000),
    state            varchar(10) not null check (state in ('PROPOSED', 'ENDORSED', 'ADOPTED', 'REJECTED')),
    proposed_by      uuid,
    proposed_at      timestamptz not null,
    endorsed_by      uuid references decision (id),
    adopted_by       uuid references decision (id),
    result_version   uuid references statute_version (id)
);

-- Thematic associations of ANSO.
create table association (
    id                 uuid primary key,
    acronym            varchar(40) not null unique,
    name               varchar(300) not null,
    lead_institution   varchar(300) not null,
    aims               varchar(4000),
    regions            varchar(500),
    countries          varchar(1000),
    coordinator        varchar(200),
    members            varchar(4000),
    state              varchar(10) not null check (state in ('PROPOSED', 'APPROVED')),
    approved_by        uuid references decision (id),
    created_at         timestamptz not null
);

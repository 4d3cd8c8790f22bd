-- Ranking and selection after review: the call's selection rules as data, every run of the selection
-- with each decision and its explanation (message key and arguments), hosts' own rankings, the placement
-- of awardees at hosts, and the offers with their waitlist cascade. See docs/selection.md.

-- {"caps": [...], "tieBreaks": [...], "offerDays": 14}; null until the Secretariat sets them (defaults apply)
alter table call add column selection_rules jsonb;

create table selection_run (
    id             uuid primary key,
    call_id        uuid not null references call (id),
    rules          jsonb not null,   -- the rules as written, at the time of the run
    resolved       jsonb not null,   -- quotas from the tracks, caps as counts, tie-breaks: what was applied
    run_by         uuid,
    run_by_name    varchar(320) not null,
    run_at         timestamptz not null,
    candidates     int not null,
    ties           jsonb not null default '[]',
    offers_sent_at timestamptz
);
create index selection_run_call on selection_run (call_id, run_at desc);

create table selection_decision (
    run_id            uuid not null references selection_run (id) on delete cascade,
    application_id    uuid not null references application (id),
    track             varchar(40) not null,
    rank              int not null,
    track_size        int not null,
    outcome           varchar(20) not null check (outcome in ('SELECTED', 'NOT_SELECTED', 'CAPPED', 'NO_QUOTA')),
    waitlist_position int not null,
    score             double precision not null,
    raw_mean          double precision not null,
    country           char(2),
    organization_id   uuid,
    message_key       varchar(80) not null,
    args              jsonb not null,
    ties              jsonb not null default '[]',
    host_code         varchar(40),
    placement_key     varchar(80),
    placement_args    jsonb,
    primary key (run_id, application_id)
);
create index selection_decision_rank on selection_decision (run_id, track, rank);
create index selection_decision_application on selection_decision (application_id);

-- A host's own ranking of applications (best first); without one a host ranks by calibrated score.
create table host_ranking (
    call_id      uuid not null references call (id) on delete cascade,
    host_code    varchar(40) not null,
    applications uuid[] not null,
    uploaded_by  uuid,
    uploaded_at  timestamptz not null,
    primary key (call_id, host_code)
);

-- One offer per application at most; a seat at a host is taken by an OFFERED, ACCEPTED or ENROLLED offer.
create table offer (
    id             uuid primary key,
    call_id        uuid not null references call (id),
    run_id         uuid not null references selection_run (id),
    application_id uuid not null unique references application (id),
    applicant_id   uuid not null,
    track          varchar(40) not null,
    host_code      varchar(40) not null,
    status         varchar(20) not null check (status in ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENROLLED')),
    from_waitlist  boolean not null default false,
    replaces       uuid references offer (id),
    offered_at     timestamptz not null,
    respond_by     timestamptz not null,
    answered_at    timestamptz,
    decline_reason varchar(2000),
    enrolled_at    timestamptz,
    enrolled_by    uuid,
    check ((status in ('OFFERED')) = (answered_at is null))
);
create index offer_call on offer (call_id, track, status);
create index offer_due on offer (respond_by) where status = 'OFFERED';
create index offer_applicant on offer (applicant_id);

-- Agreements of the alliance (issue 20): their parties from the directory (organizations' ids: modules share no
-- tables), the alliance's own part, dates, documents, the lifecycle with its history, the Board's endorsement
-- (governance's decision id) and the commitments that other modules' records fulfil (shared.RecordRef text).

create table agreement (
    id             uuid primary key,
    kind           varchar(40) not null,
    title          jsonb not null,
    scope          jsonb not null default '{}',
    -- PARTY: the alliance signs; SUPPORTER: it supports an agreement between others (ANSO-RWIT for CIB and CPP)
    alliance_role  varchar(20) not null check (alliance_role in ('PARTY', 'SUPPORTER')),
    status         varchar(20) not null check (status in ('PROPOSED', 'IN_NEGOTIATION', 'APPROVED', 'SIGNED', 'ACTIVE',
                                                          'EXPIRED', 'TERMINATED', 'REJECTED')),
    signed_on      date,
    -- signed before the platform kept agreements and the seeds give no date
    undated        boolean not null default false,
    effective_on   date,
    expires_on     date,
    notice_days    int check (notice_days between 0 and 3650),
    confidential   boolean not null default false,
    owner_id       uuid,
    decision_id    uuid,
    decided_on     date,
    approved_on    date,
    -- the meeting at which it was signed, the introduction it came from: RecordRef text
    signing_ref    varchar(200),
    origin_ref     varchar(200),
    illustrative   boolean not null default false,
    version        int not null default 0,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    check (expires_on is null or effective_on is null or expires_on >= effective_on),
    check (not undated or signed_on is null)
);
create index agreement_status on agreement (status);
create index agreement_expiry on agreement (expires_on) where status in ('SIGNED', 'ACTIVE');

create table agreement_sdg (
    agreement_id  uuid not null references agreement (id) on delete cascade,
    sdg           int not null check (sdg between 1 and 17),
    primary key (agreement_id, sdg)
);

create table agreement_party (
    agreement_id     uuid not null references agreement (id) on delete cascade,
    organization_id  uuid not null,
    position         int not null,
    role             varchar(20) not null check (role in ('PARTY', 'SUPPORTER')),
    signatory_name   varchar(300),
    signatory_title  varchar(300),
    primary key (agreement_id, organization_id)
);
create index agreement_party_organization on agreement_party (organization_id);

create table agreement_document (
    agreement_id  uuid not null references agreement (id) on delete cascade,
    file_id       uuid not null,
    language      varchar(10) not null,
    name          varchar(300) not null,
    added_at      timestamptz not null,
    primary key (agreement_id, file_id)
);

-- every step of the lifecycle, with who and when; never changed
create table agreement_step (
    id            bigserial primary key,
    agreement_id  uuid not null references agreement (id) on delete cascade,
    action        varchar(30) not null,
    from_status   varchar(20),
    to_status     varchar(20) not null,
    on_date       date,
    reason        text not null default '',
    by_person     uuid,
    by_name       varchar(300),
    at            timestamptz not null
);
create index agreement_step_agreement on agreement_step (agreement_id, id);

create table commitment (
    id               uuid primary key,
    agreement_id     uuid not null references agreement (id) on delete cascade,
    position         int not null,
    description      jsonb not null,
    -- the party that committed; null for all of them
    organization_id  uuid,
    owner_name       varchar(300),
    due_on           date,
    created_at       timestamptz not null
);
create index commitment_agreement on commitment (agreement_id, position);

create table commitment_link (
    commitment_id  uuid not null references commitment (id) on delete cascade,
    record_ref     varchar(200) not null,
    linked_by      uuid,
    linked_at      timestamptz not null,
    primary key (commitment_id, record_ref)
);

-- the alerts sent, so that two nodes or two runs never send one twice
create table agreement_alert (
    agreement_id  uuid not null references agreement (id) on delete cascade,
    kind          varchar(20) not null check (kind in ('EXPIRY', 'NOTICE')),
    for_date      date not null,
    sent_at       timestamptz not null,
    primary key (agreement_id, kind, for_date)
);

create table person (
    id                 uuid primary key,
    email              varchar(320) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(500),
    status             varchar(30) not null check (status in ('PENDING_VERIFICATION', 'INVITED', 'ACTIVE', 'DISABLED')),
    language           varchar(10) not null default 'en',
    created_at         timestamptz not null,
    email_verified_at  timestamptz,
    version            bigint not null
);
-- emails are stored lower-cased, so this also rejects case variants of one address
create unique index person_email_key on person (email);

create table person_role (
    person_id uuid not null references person (id) on delete cascade,
    role      varchar(40) not null check (role in ('APPLICANT', 'REVIEWER', 'MEMBER_REPRESENTATIVE', 'SECRETARIAT', 'BOARD_MEMBER', 'ADMIN')),
    primary key (person_id, role)
);

-- single-use links: email verification, password reset, invitation; only a hash of the secret is kept
create table one_time_token (
    id          uuid primary key,
    person_id   uuid not null references person (id) on delete cascade,
    purpose     varchar(30) not null,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index one_time_token_person on one_time_token (person_id, purpose);

create table api_token (
    id            uuid primary key,
    person_id     uuid not null references person (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64) not null unique,
    prefix        varchar(16) not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_person on api_token (person_id);

-- failed sign-ins, by email and by address, for lockout and throttling across all nodes
create table login_failure (
    id       bigserial primary key,
    email    varchar(320) not null,
    address  varchar(64),
    at       timestamptz not null
);
create index login_failure_email on login_failure (email, at);
create index login_failure_address on login_failure (address, at);

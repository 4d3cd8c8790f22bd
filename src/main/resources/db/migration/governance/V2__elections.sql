-- Elections of the Governing Board: candidates (member organizations), seats, secret ballots with up to
-- one choice per seat. The same separation as for motions: who voted, and the choices without a voter.

alter table decision drop constraint decision_subject_type_check;
alter table decision add constraint decision_subject_type_check
    check (subject_type in ('APPLICATION', 'AMENDMENT', 'MANDATE', 'POSTPONEMENT', 'ASSOCIATION', 'ELECTION', 'OTHER'));

create table election (
    id          uuid primary key,
    session_id  uuid references session (id),
    title       varchar(500) not null,
    seats       int not null check (seats between 1 and 50),
    deadline    timestamptz,
    state       varchar(10) not null check (state in ('CREATED', 'OPEN', 'CLOSED', 'PUBLISHED')),
    entitled    int,
    ballots     int,
    created_at  timestamptz not null
);
create trigger election_state_forward before update on election for each row execute function motion_state_forward();

create table candidate (
    id               uuid primary key,
    election_id      uuid not null references election (id),
    organization_id  uuid not null,
    votes            int,
    elected          boolean,
    unique (election_id, organization_id)
);

create table election_voter (
    election_id      uuid not null references election (id),
    organization_id  uuid not null,
    primary key (election_id, organization_id)
);

create table election_participation (
    election_id      uuid not null references election (id),
    organization_id  uuid not null,
    cast_by          uuid not null,
    cast_at          timestamptz not null,
    primary key (election_id, organization_id)
);

-- one row per chosen candidate: random id, no voter, no time; rewritten in random order at closing
create table election_ballot (
    id            uuid primary key,
    election_id   uuid not null references election (id),
    candidate_id  uuid not null references candidate (id)
);

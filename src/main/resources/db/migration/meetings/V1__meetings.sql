-- Conferences, workshops, webinars, forums, symposia, training courses, exhibitions, ceremonies and press
-- conferences: the public catalogue, registration with capacity and a waiting list, attendance and certificates.
create table meeting (
    id                     uuid primary key,
    kind                   varchar(30) not null check (kind in ('CONFERENCE', 'WORKSHOP', 'WEBINAR', 'FORUM', 'SYMPOSIUM',
                               'TRAINING_COURSE', 'EXHIBITION', 'CEREMONY', 'PRESS_CONFERENCE')),
    title                  varchar(400) not null,
    title_zh               varchar(400),
    description            text,
    description_zh         text,
    start_date             date not null,
    end_date               date not null,
    start_time             time,
    end_time               time,
    time_zone              varchar(60) not null,
    mode                   varchar(10) not null check (mode in ('ONSITE', 'ONLINE', 'HYBRID')),
    venue                  varchar(300),
    city                   varchar(120),
    country                char(2),
    online_link            varchar(500),
    published              boolean not null default true,
    registration_open      boolean not null default false,
    registration_closes_at timestamptz,
    capacity               integer check (capacity is null or capacity > 0),
    moderated              boolean not null default false,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    constraint meeting_dates_in_order check (end_date >= start_date),
    constraint meeting_times_in_order check (start_date < end_date or start_time is null or end_time is null or end_time >= start_time)
);
create index meeting_start on meeting (start_date, id);
create index meeting_country on meeting (country);

-- Organizations from the directory (by id, no foreign key across schemas) or free-text names.
create table organizer (
    meeting_id      uuid not null references meeting (id) on delete cascade,
    position        integer not null,
    organization_id uuid,
    name            varchar(400) not null,
    primary key (meeting_id, position)
);
create index organizer_organization on organizer (organization_id);
create index organizer_name on organizer (lower(name));

-- UN Sustainable Development Goals 1 to 17.
create table theme (
    meeting_id uuid not null references meeting (id) on delete cascade,
    sdg        smallint not null check (sdg between 1 and 17),
    primary key (meeting_id, sdg)
);

create table attachment (
    meeting_id uuid not null references meeting (id) on delete cascade,
    file_id    uuid not null,
    name       varchar(300) not null,
    added_at   timestamptz not null,
    primary key (meeting_id, file_id)
);

create table question (
    meeting_id uuid not null references meeting (id) on delete cascade,
    position   integer not null,
    label      varchar(300) not null,
    required   boolean not null default false,
    primary key (meeting_id, position)
);

-- arrival orders the waiting list: a sequence taken while the meeting row is locked, so it is the order
-- in which places were allocated.
create table registration (
    id               uuid primary key,
    meeting_id       uuid not null references meeting (id),
    arrival          bigint generated always as identity,
    person_id        uuid,
    email            varchar(320) not null,
    name             varchar(200) not null,
    language         varchar(10) not null,
    country          char(2) not null,
    organization     varchar(300),
    role             varchar(20) not null check (role in ('TRAINEE', 'SPEAKER', 'ORGANIZER', 'GUEST')),
    gender           varchar(20) check (gender in ('FEMALE', 'MALE', 'OTHER')),
    answers          jsonb not null default '{}',
    status           varchar(20) not null check (status in ('PENDING', 'CONFIRMED', 'WAITING', 'CANCELLED', 'REJECTED')),
    token_hash       char(64) not null unique,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    attended         boolean not null default false,
    attended_at      timestamptz,
    attendance_source varchar(10) check (attendance_source in ('CHECK_IN', 'ONLINE')),
    certificate_code varchar(20) unique
);
-- one active registration per address and meeting: registering twice is refused even when two requests race
create unique index registration_once on registration (meeting_id, lower(email))
    where status in ('PENDING', 'CONFIRMED', 'WAITING');
create index registration_queue on registration (meeting_id, status, arrival);
create index registration_person on registration (person_id);

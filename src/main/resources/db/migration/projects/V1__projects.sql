-- Cooperation projects (issue 18): a project funded by a call's award or entered directly, its partner
-- institutions and teams, its money, its milestones and progress reports, and its outputs. Other modules' records
-- are named by shared.RecordRef text (module:type:id) or by id without a foreign key: modules share no tables.
-- Texts shown in several languages are jsonb objects keyed by language tag, as everywhere in the platform.

create table project (
    id               uuid primary key,
    code             varchar(40) not null unique,
    acronym          varchar(60) not null,
    title            jsonb not null,
    summary          jsonb not null default '{}',
    status           varchar(20) not null check (status in ('AWARDED', 'ACTIVE', 'EXTENDED', 'COMPLETED', 'TERMINATED')),
    start_date       date not null,
    end_date         date not null,
    -- the calls module's call and application behind the award; null for a project entered directly
    call_id          uuid,
    application_id   uuid unique,
    programme_code   varchar(60) not null,
    granted_amount   numeric(16, 2) not null check (granted_amount >= 0),
    currency         char(3) not null,
    -- how progress reports fall due: by period (ANNUAL, SEMIANNUAL) or at each milestone
    report_schedule  varchar(20) not null default 'ANNUAL' check (report_schedule in ('ANNUAL', 'SEMIANNUAL', 'MILESTONE')),
    -- the indicators the plan promises: [{"key", "label": {lang: text}, "unit", "target"}]
    indicators       jsonb not null default '[]',
    published        boolean not null default true,
    -- demo data the seeds do not state (dates, amounts, names) is marked so on every page that shows it
    illustrative     boolean not null default false,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          int not null default 0,
    constraint project_dates_in_order check (end_date >= start_date)
);
create index project_status on project (status);
create index project_start on project (start_date);

-- UN Sustainable Development Goals 1 to 17.
create table project_sdg (
    project_id uuid not null references project (id) on delete cascade,
    sdg        smallint not null check (sdg between 1 and 17),
    primary key (project_id, sdg)
);

-- Themes are ProjectTheme names.
create table project_theme (
    project_id uuid not null references project (id) on delete cascade,
    theme      varchar(40) not null,
    primary key (project_id, theme)
);

-- Every status a project had, with who changed it and why (the first row is the status it was created with).
create table status_change (
    id          uuid primary key,
    project_id  uuid not null references project (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20) not null,
    reason      text not null,
    actor_id    uuid,
    actor_name  varchar(200) not null,
    changed_at  timestamptz not null
);
create index status_change_project on status_change (project_id, changed_at);

-- Partner institutions come from the directory (organizations' id, no foreign key across schemas); name and
-- country are copied as they were when the institution joined the project.
create table partner (
    id              uuid primary key,
    project_id      uuid not null references project (id) on delete cascade,
    position        int not null,
    organization_id uuid not null,
    name            varchar(400) not null,
    country         char(2) not null,
    role            varchar(20) not null check (role in ('LEAD', 'PARTNER', 'ASSOCIATE')),
    unique (project_id, organization_id),
    unique (project_id, position)
);
create unique index partner_one_lead on partner (project_id) where role = 'LEAD';
create index partner_organization on partner (organization_id);
create index partner_country on partner (country);

-- A partner's team; person_id links an account (accounts' id) where the member has one.
create table member (
    id         uuid primary key,
    project_id uuid not null references project (id) on delete cascade,
    partner_id uuid not null references partner (id) on delete cascade,
    person_id  uuid,
    name       varchar(200) not null,
    email      varchar(320),
    orcid      varchar(19),
    role       varchar(30) not null check (role in ('PRINCIPAL_INVESTIGATOR', 'CO_INVESTIGATOR', 'RESEARCHER', 'STUDENT', 'ADMINISTRATOR'))
);
create unique index member_one_pi on member (project_id) where role = 'PRINCIPAL_INVESTIGATOR';
create index member_person on member (person_id);

-- The granted amount's plan: one line per year and category, in the project's currency.
create table budget_line (
    id         uuid primary key,
    project_id uuid not null references project (id) on delete cascade,
    year       smallint not null,
    category   varchar(30) not null check (category in ('PERSONNEL', 'EQUIPMENT', 'CONSUMABLES', 'TRAVEL', 'TRAINING',
                   'SUBCONTRACTING', 'PUBLICATION', 'OTHER', 'OVERHEADS')),
    amount     numeric(16, 2) not null check (amount >= 0),
    unique (project_id, year, category)
);

-- Money paid to the project.
create table tranche (
    id         uuid primary key,
    project_id uuid not null references project (id) on delete cascade,
    paid_on    date not null,
    amount     numeric(16, 2) not null check (amount > 0),
    reference  varchar(100),
    note       varchar(500),
    entered_at timestamptz not null,
    entered_by uuid
);
create index tranche_project on tranche (project_id, paid_on);

-- Expenditure reported per partner against a budget line (year and category); a correction is a further line
-- with a negative amount, never an edit. report_id names the financial statement it came with, if any.
create table expenditure (
    id          uuid primary key,
    project_id  uuid not null references project (id) on delete cascade,
    partner_id  uuid not null references partner (id),
    year        smallint not null,
    category    varchar(30) not null,
    amount      numeric(16, 2) not null,
    description varchar(500),
    report_id   uuid,
    entered_at  timestamptz not null,
    entered_by  uuid
);
create index expenditure_project on expenditure (project_id, year, category);

create table milestone (
    id            uuid primary key,
    project_id    uuid not null references project (id) on delete cascade,
    position      int not null,
    kind          varchar(20) not null check (kind in ('MILESTONE', 'DELIVERABLE')),
    work_package  varchar(200),
    title         jsonb not null,
    due_on        date not null,
    achieved_on   date,
    reminded_at   timestamptz,
    unique (project_id, position)
);
create index milestone_due on milestone (due_on) where achieved_on is null;

-- A progress report falls due for a period or at a milestone; the principal investigator submits it once, the
-- Secretariat accepts it or sends it back with comments (then it may be submitted again).
create table report (
    id             uuid primary key,
    project_id     uuid not null references project (id) on delete cascade,
    period_start   date not null,
    period_end     date not null,
    milestone_id   uuid references milestone (id),
    due_on         date not null,
    status         varchar(20) not null check (status in ('DUE', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    narrative      text not null default '',
    -- values of the plan's indicators: [{"key", "value"}]
    indicators     jsonb not null default '[]',
    published      boolean not null default false,
    submitted_at   timestamptz,
    submitted_by   uuid,
    decided_at     timestamptz,
    decided_by     uuid,
    reminded_at    timestamptz,
    version        int not null default 0,
    constraint report_period_in_order check (period_end >= period_start)
);
create index report_project on report (project_id, period_start);
create index report_open_due on report (due_on) where status in ('DUE', 'RETURNED');

-- What happened to a report: submitted, sent back (with the Secretariat's comments), accepted.
create table report_step (
    id         uuid primary key,
    report_id  uuid not null references report (id) on delete cascade,
    action     varchar(20) not null check (action in ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    comment    text,
    actor_id   uuid,
    actor_name varchar(200) not null,
    at         timestamptz not null
);
create index report_step_report on report_step (report_id, at);

-- What a project produced, in a reporting period. A record that lives in another module (a meeting, a dataset,
-- a publication) is linked by record_ref, not retyped; a DOI or web address where it lives elsewhere.
create table output (
    id            uuid primary key,
    project_id    uuid not null references project (id) on delete cascade,
    report_id     uuid references report (id) on delete set null,
    kind          varchar(20) not null check (kind in ('PUBLICATION', 'DATASET', 'TRAINING', 'MEETING', 'TECHNOLOGY',
                      'ADVISORY_REPORT', 'SOFTWARE', 'BENEFICIARIES', 'MEDIA', 'OTHER')),
    title         jsonb not null,
    description   jsonb not null default '{}',
    period_start  date not null,
    period_end    date not null,
    occurred_on   date,
    record_ref    varchar(200),
    doi           varchar(200),
    url           varchar(500),
    -- people who benefited (BENEFICIARIES) and in how many places ("more than 15,000 people in 11 villages")
    beneficiaries int check (beneficiaries is null or beneficiaries >= 0),
    places        int check (places is null or places >= 0),
    published     boolean not null default false,
    illustrative  boolean not null default false,
    created_at    timestamptz not null,
    constraint output_period_in_order check (period_end >= period_start)
);
create index output_project on output (project_id, period_start);
create index output_record on output (record_ref);

-- People trained by an output (a training or meeting), by country and gender.
create table trainee_count (
    output_id uuid not null references output (id) on delete cascade,
    country   char(2) not null,
    gender    varchar(10) not null check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    count     int not null check (count > 0),
    primary key (output_id, country, gender)
);

-- Countries an output reached beyond its trainees (a forecast for Sri Lanka, water stations in Kyrgyzstan).
create table output_country (
    output_id uuid not null references output (id) on delete cascade,
    country   char(2) not null,
    primary key (output_id, country)
);

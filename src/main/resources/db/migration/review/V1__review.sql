-- Expert review: the reviewer pool, panels (one per reviewed scope, e.g. a call), the subjects a panel
-- reviews (facts copied from their owner when the panel loads them), conflicts of interest, assignments,
-- rubric reviews, calibrated scores and panel notes. Subjects and scopes belong to other modules and are
-- referenced by type and id only.

-- The controlled vocabulary of expertise: OECD Fields of Science and Technology (FORD), two levels.
create table expertise_field (
    code     varchar(10) primary key,
    area     varchar(10) not null,
    name     jsonb not null,
    position int not null
);

create table reviewer (
    id          uuid primary key,
    person_id   uuid not null unique,
    name        varchar(200) not null,
    email       varchar(320) not null,
    institution varchar(300) not null default '',
    country     char(2),
    languages   text[] not null default '{}',
    fields      text[] not null default '{}',
    max_load    int not null default 40 check (max_load >= 0),
    -- declared relations: institutions, organizations (ids) and people (names or addresses)
    relations   jsonb not null default '[]',
    active      boolean not null default true,
    created_at  timestamptz not null,
    version     int not null default 0
);

create table panel (
    id                     uuid primary key,
    scope_type             varchar(40) not null,
    scope_id               uuid not null,
    title                  jsonb not null default '{}',
    status                 varchar(20) not null default 'SETUP'
        check (status in ('SETUP', 'REVIEWING', 'CLOSED')),
    reviewers_per_subject  int not null default 3 check (reviewers_per_subject between 1 and 10),
    min_load               int not null default 0 check (min_load >= 0),
    max_load               int not null default 40 check (max_load >= 1),
    load_penalty           double precision not null default 0.01 check (load_penalty >= 0),
    fairness_floor         boolean not null default false,
    conflict_same_country  boolean not null default false,
    -- content item keys hidden from reviewers (blind review) and keys shown on the conflict list
    blind_fields           text[] not null default '{}',
    conflict_list_fields   text[] not null default '{}',
    rubric                 jsonb not null default '{"criteria": []}',
    review_deadline        timestamptz,
    disagreement_threshold double precision not null default 2.0,
    created_at             timestamptz not null,
    closed_at              timestamptz,
    version                int not null default 0,
    unique (scope_type, scope_id),
    check (min_load <= max_load)
);

create table panel_member (
    panel_id    uuid not null references panel (id) on delete cascade,
    reviewer_id uuid not null references reviewer (id),
    status      varchar(20) not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    max_load    int check (max_load >= 0),
    invited_at  timestamptz not null,
    answered_at timestamptz,
    primary key (panel_id, reviewer_id)
);
create index panel_member_reviewer on panel_member (reviewer_id);

create table subject (
    panel_id        uuid not null references panel (id) on delete cascade,
    subject_type    varchar(40) not null,
    subject_id      uuid not null,
    label           varchar(200) not null,
    track           varchar(40),
    country         char(2),
    institution     varchar(300) not null default '',
    organization_id uuid,
    fields          text[] not null default '{}',
    people          text[] not null default '{}',
    loaded_at       timestamptz not null,
    primary key (panel_id, subject_id)
);

-- Every reason a pair is conflicted; a pair with any row here is never assigned and never readable.
create table conflict (
    panel_id    uuid not null references panel (id) on delete cascade,
    subject_id  uuid not null,
    reviewer_id uuid not null references reviewer (id),
    source      varchar(20) not null
        check (source in ('INSTITUTION', 'ORGANIZATION', 'COUNTRY', 'RELATION', 'DECLARED', 'SECRETARIAT')),
    reason      varchar(2000) not null default '',
    recorded_at timestamptz not null,
    primary key (panel_id, subject_id, reviewer_id, source),
    foreign key (panel_id, subject_id) references subject (panel_id, subject_id) on delete cascade
);
create index conflict_reviewer on conflict (reviewer_id, panel_id);

-- Manual constraints the Secretariat sets before solving.
create table pairing (
    panel_id    uuid not null references panel (id) on delete cascade,
    subject_id  uuid not null,
    reviewer_id uuid not null references reviewer (id),
    kind        varchar(10) not null check (kind in ('PIN', 'BAN')),
    set_by      uuid not null,
    set_at      timestamptz not null,
    primary key (panel_id, subject_id, reviewer_id),
    foreign key (panel_id, subject_id) references subject (panel_id, subject_id) on delete cascade
);

create table assignment_run (
    id           uuid primary key,
    panel_id     uuid not null references panel (id) on delete cascade,
    run_by       uuid not null,
    run_at       timestamptz not null,
    kind         varchar(10) not null check (kind in ('FULL', 'REASSIGN')),
    feasible     boolean not null,
    summary      jsonb not null,
    explanations jsonb not null default '[]'
);
create index assignment_run_panel on assignment_run (panel_id, run_at desc);

create table assignment (
    panel_id    uuid not null references panel (id) on delete cascade,
    subject_id  uuid not null,
    reviewer_id uuid not null references reviewer (id),
    affinity    double precision not null,
    pinned      boolean not null default false,
    run_id      uuid not null references assignment_run (id),
    assigned_at timestamptz not null,
    primary key (panel_id, subject_id, reviewer_id),
    foreign key (panel_id, subject_id) references subject (panel_id, subject_id) on delete cascade
);
create index assignment_reviewer on assignment (reviewer_id, panel_id);

create table review (
    id             uuid primary key,
    panel_id       uuid not null references panel (id) on delete cascade,
    subject_id     uuid not null,
    reviewer_id    uuid not null references reviewer (id),
    status         varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'DECLINED')),
    scores         jsonb not null default '{}',
    comments       jsonb not null default '{}',
    total          double precision,
    decline_reason varchar(2000),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    submitted_at   timestamptz,
    reminded_at    timestamptz,
    version        int not null default 0,
    unique (panel_id, subject_id, reviewer_id),
    check ((status = 'SUBMITTED') = (submitted_at is not null and total is not null)),
    check ((status = 'DECLINED') = (decline_reason is not null))
);
create index review_reviewer on review (reviewer_id, status);

create table calibrated_score (
    panel_id    uuid not null references panel (id) on delete cascade,
    subject_id  uuid not null,
    raw_mean    double precision not null,
    calibrated  double precision not null,
    spread      double precision not null,
    reviews     int not null,
    flagged     boolean not null,
    computed_at timestamptz not null,
    primary key (panel_id, subject_id)
);

create table reviewer_bias (
    panel_id    uuid not null references panel (id) on delete cascade,
    reviewer_id uuid not null references reviewer (id),
    bias        double precision not null,
    reviews     int not null,
    primary key (panel_id, reviewer_id)
);

create table panel_note (
    id          uuid primary key,
    panel_id    uuid not null references panel (id) on delete cascade,
    subject_id  uuid not null,
    author_id   uuid not null,
    author_name varchar(200) not null,
    text        varchar(10000) not null,
    created_at  timestamptz not null
);
create index panel_note_subject on panel_note (panel_id, subject_id, created_at);

-- Areas (one digit) and their fields; a reviewer declares fields, an area matches any of its fields.
insert into expertise_field (code, area, name, position) values
    ('1', '1', '{"en": "Natural sciences", "zh": "自然科学"}', 1),
    ('1.1', '1', '{"en": "Mathematics", "zh": "数学"}', 2),
    ('1.2', '1', '{"en": "Computer and information sciences", "zh": "计算机与信息科学"}', 3),
    ('1.3', '1', '{"en": "Physical sciences", "zh": "物理科学"}', 4),
    ('1.4', '1', '{"en": "Chemical sciences", "zh": "化学"}', 5),
    ('1.5', '1', '{"en": "Earth and related environmental sciences", "zh": "地球与环境科学"}', 6),
    ('1.6', '1', '{"en": "Biological sciences", "zh": "生物科学"}', 7),
    ('1.7', '1', '{"en": "Other natural sciences", "zh": "其他自然科学"}', 8),
    ('2', '2', '{"en": "Engineering and technology", "zh": "工程与技术"}', 9),
    ('2.1', '2', '{"en": "Civil engineering", "zh": "土木工程"}', 10),
    ('2.2', '2', '{"en": "Electrical, electronic and information engineering", "zh": "电气、电子与信息工程"}', 11),
    ('2.3', '2', '{"en": "Mechanical engineering", "zh": "机械工程"}', 12),
    ('2.4', '2', '{"en": "Chemical engineering", "zh": "化学工程"}', 13),
    ('2.5', '2', '{"en": "Materials engineering", "zh": "材料工程"}', 14),
    ('2.6', '2', '{"en": "Medical engineering", "zh": "医学工程"}', 15),
    ('2.7', '2', '{"en": "Environmental engineering", "zh": "环境工程"}', 16),
    ('2.8', '2', '{"en": "Environmental biotechnology", "zh": "环境生物技术"}', 17),
    ('2.9', '2', '{"en": "Industrial biotechnology", "zh": "工业生物技术"}', 18),
    ('2.10', '2', '{"en": "Nano-technology", "zh": "纳米技术"}', 19),
    ('2.11', '2', '{"en": "Other engineering and technologies", "zh": "其他工程与技术"}', 20),
    ('3', '3', '{"en": "Medical and health sciences", "zh": "医学与健康科学"}', 21),
    ('3.1', '3', '{"en": "Basic medicine", "zh": "基础医学"}', 22),
    ('3.2', '3', '{"en": "Clinical medicine", "zh": "临床医学"}', 23),
    ('3.3', '3', '{"en": "Health sciences", "zh": "健康科学"}', 24),
    ('3.4', '3', '{"en": "Medical biotechnology", "zh": "医学生物技术"}', 25),
    ('3.5', '3', '{"en": "Other medical sciences", "zh": "其他医学"}', 26),
    ('4', '4', '{"en": "Agricultural and veterinary sciences", "zh": "农业与兽医科学"}', 27),
    ('4.1', '4', '{"en": "Agriculture, forestry and fisheries", "zh": "农业、林业与渔业"}', 28),
    ('4.2', '4', '{"en": "Animal and dairy science", "zh": "畜牧与乳品科学"}', 29),
    ('4.3', '4', '{"en": "Veterinary science", "zh": "兽医学"}', 30),
    ('4.4', '4', '{"en": "Agricultural biotechnology", "zh": "农业生物技术"}', 31),
    ('4.5', '4', '{"en": "Other agricultural sciences", "zh": "其他农业科学"}', 32),
    ('5', '5', '{"en": "Social sciences", "zh": "社会科学"}', 33),
    ('5.1', '5', '{"en": "Psychology and cognitive sciences", "zh": "心理学与认知科学"}', 34),
    ('5.2', '5', '{"en": "Economics and business", "zh": "经济学与商学"}', 35),
    ('5.3', '5', '{"en": "Education", "zh": "教育学"}', 36),
    ('5.4', '5', '{"en": "Sociology", "zh": "社会学"}', 37),
    ('5.5', '5', '{"en": "Law", "zh": "法学"}', 38),
    ('5.6', '5', '{"en": "Political science", "zh": "政治学"}', 39),
    ('5.7', '5', '{"en": "Social and economic geography", "zh": "社会与经济地理学"}', 40),
    ('5.8', '5', '{"en": "Media and communications", "zh": "媒体与传播"}', 41),
    ('5.9', '5', '{"en": "Other social sciences", "zh": "其他社会科学"}', 42),
    ('6', '6', '{"en": "Humanities and the arts", "zh": "人文与艺术"}', 43),
    ('6.1', '6', '{"en": "History and archaeology", "zh": "历史学与考古学"}', 44),
    ('6.2', '6', '{"en": "Languages and literature", "zh": "语言与文学"}', 45),
    ('6.3', '6', '{"en": "Philosophy, ethics and religion", "zh": "哲学、伦理学与宗教"}', 46),
    ('6.4', '6', '{"en": "Arts", "zh": "艺术"}', 47),
    ('6.5', '6', '{"en": "Other humanities", "zh": "其他人文学科"}', 48);

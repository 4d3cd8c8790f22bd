-- Application showcases (issue 22, part S): applications built on the platform's datasets, with their texts per
-- language, a theme, a link, screenshots (files checked by their bytes), the datasets they use and the project
-- behind them as RecordRefs (no foreign key crosses a module's schema or a part written at the same time).

create table showcase (
    id              uuid primary key,
    title           jsonb not null,
    description     jsonb not null,
    kind            varchar(20) not null check (kind in ('WEB_PLATFORM', 'MODEL', 'TOOL', 'OTHER')),
    theme           varchar(30) not null check (theme in ('AGRICULTURE_FOOD', 'HEALTH', 'WATER', 'ENVIRONMENT_CLIMATE',
                                                         'BIODIVERSITY', 'DISASTERS', 'OTHER')),
    link            text not null,
    -- projects:project:<id>, checked through platform.Records when written
    project_ref     text,
    -- what of the record is invented (demo data), shown on the page; empty for real records
    note            text not null default '',
    status          varchar(10) not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by      uuid,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz
);
create index showcase_published on showcase (theme, published_at desc) where status = 'PUBLISHED';

create table showcase_dataset (
    showcase_id  uuid not null references showcase (id) on delete cascade,
    -- datasets:dataset:<id>
    dataset_ref  text not null,
    position     int not null,
    primary key (showcase_id, dataset_ref)
);

create table showcase_screenshot (
    id           uuid primary key,
    showcase_id  uuid not null references showcase (id) on delete cascade,
    file_id      uuid not null,
    alt          text not null,
    position     int not null
);
create index showcase_screenshot_of on showcase_screenshot (showcase_id, position);

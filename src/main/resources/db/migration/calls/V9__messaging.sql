-- Messages to everyone in a filtered list (issue 25, item 3): templates, mailings and their recipients (an outbox
-- written by one INSERT ... SELECT and emptied by a job), and reminders before a call's deadline.
create table message_template (
    id         uuid primary key,
    call_id    uuid references call (id) on delete cascade,
    name       varchar(200) not null,
    subject    jsonb not null,
    body       jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index message_template_call on message_template (call_id);

create table mailing (
    id              uuid primary key,
    call_id         uuid not null references call (id) on delete cascade,
    subject         jsonb not null,
    body            jsonb not null,
    reply_to        varchar(320),
    filter          jsonb not null,
    created_by      uuid,
    created_by_name varchar(200) not null,
    created_at      timestamptz not null
);
create index mailing_call on mailing (call_id, created_at);

create table mailing_recipient (
    mailing_id     uuid not null references mailing (id) on delete cascade,
    application_id uuid not null references application (id) on delete cascade,
    applicant_id   uuid not null,
    claimed_at     timestamptz,
    claim          uuid,
    sent_at        timestamptz,
    failed_at      timestamptz,
    primary key (mailing_id, application_id)
);
-- the sender looks for the unsent rows only
create index mailing_recipient_due on mailing_recipient (mailing_id) where sent_at is null and failed_at is null;

create table scheduled_reminder (
    id          uuid primary key,
    call_id     uuid not null references call (id) on delete cascade,
    template_id uuid not null references message_template (id) on delete cascade,
    days_before int not null check (days_before between 1 and 365),
    reply_to    varchar(320),
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index scheduled_reminder_due on scheduled_reminder (call_id) where sent_at is null;

-- News articles, newsletter issues with their ordered articles, subscribers with double opt-in, and the outbox of
-- a newsletter's sending (issue 21, part N). A newsletter may name its series by id (part P's table): no foreign
-- key crosses parts written at the same time, nor a module's schema (files, accounts).

create table news (
    id             uuid primary key,
    title          jsonb not null,
    summary        jsonb not null,
    body           jsonb not null,
    category       varchar(30) not null check (category in ('EVENTS', 'CAPACITY_BUILDING', 'NETWORKS', 'ADVISORY', 'PARTNERSHIPS')),
    published_on   date not null,
    -- why the date is what it is when no source dates the article ("dated from its content")
    date_note      text not null default '',
    image_file_id  uuid,
    status         varchar(10) not null check (status in ('DRAFT', 'PUBLISHED')),
    created_by     uuid,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    published_at   timestamptz
);
create index news_published on news (published_on desc, id) where status = 'PUBLISHED';

create table newsletter (
    id               uuid primary key,
    series_id        uuid,
    number           int not null unique check (number > 0),
    issued_on        date not null,
    date_note        text not null default '',
    title            jsonb not null,
    editorial        jsonb not null,
    -- DRAFT while edited; SENDING once the editor sent it (its outbox rows exist); SENT when the last row is sent
    status           varchar(10) not null check (status in ('DRAFT', 'SENDING', 'SENT')),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    send_started_at  timestamptz,
    send_started_by  uuid,
    sent_at          timestamptz
);

create table newsletter_article (
    newsletter_id  uuid not null references newsletter (id) on delete cascade,
    news_id        uuid not null references news (id),
    position       int not null,
    primary key (newsletter_id, news_id)
);

create table subscriber (
    id                uuid primary key,
    -- as typed, compared in lower case
    email             text not null,
    language          varchar(10) not null,
    status            varchar(15) not null check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    -- SHA-256 of the confirmation link's secret (platform.LinkSecrets); kept after confirming so a second click is known
    confirm_hash      char(64) not null unique,
    requested_at      timestamptz not null,
    confirmed_at      timestamptz,
    unsubscribed_at   timestamptz
);
create unique index subscriber_email on subscriber (lower(email));
create index subscriber_confirmed on subscriber (confirmed_at) where status = 'CONFIRMED';

-- The outbox of a sending: one row per (newsletter, confirmed subscriber) written in one statement when the editor
-- sends; a row is marked sent right after the SMTP server accepted its message, in its own short transaction.
create table newsletter_send (
    newsletter_id  uuid not null references newsletter (id),
    subscriber_id  uuid not null references subscriber (id),
    language       varchar(10) not null,
    sent_at        timestamptz,
    -- set before the message is handed over: a row with attempted_at and no sent_at was in flight at a crash
    attempted_at   timestamptz,
    -- the claim (a batch of one sender) the row belongs to; a sender sends a row only while it still holds its claim
    claim          uuid,
    -- the SMTP server refused the recipient for good (an unknown mailbox): never tried again
    failed_at      timestamptz,
    failure        text not null default '',
    primary key (newsletter_id, subscriber_id)
);
create index newsletter_send_due on newsletter_send (newsletter_id, subscriber_id) where sent_at is null;
create index newsletter_send_sent on newsletter_send (sent_at) where sent_at is not null;

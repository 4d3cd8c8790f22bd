-- Every email the platform sends, kept so that each person can read it in the platform
-- (mail to some institutions never arrives) and, without SMTP, as the outbox an administrator reads.
create table message (
    id              uuid primary key,
    recipient_id    uuid,
    recipient_email varchar(320) not null,
    kind            varchar(60) not null,
    language        varchar(10) not null,
    subject         varchar(300) not null,
    body            text not null,
    created_at      timestamptz not null,
    delivery        varchar(20) not null check (delivery in ('SENT', 'OUTBOX')),
    sent_at         timestamptz
);
create index message_recipient on message (recipient_id, created_at desc);
create index message_created on message (created_at desc);

-- Demo accounts other modules add (a research institute's and a firm's representative, issue 20) share the published
-- demo password; listed here so that a site started later outside demo mode retires that password on them too.
create table demo_account (
    email     varchar(320) primary key,
    added_at  timestamptz not null
);

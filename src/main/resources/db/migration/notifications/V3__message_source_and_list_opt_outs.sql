-- The source of each message as it left (issue 26): its link secrets removed, attachments summarized, for
-- administrators who need to see what a mail client received. Kept beside the message so that lists stay light.
create table message_source (
    message_id uuid primary key references message (id) on delete cascade,
    source     text not null
);
-- Addresses that asked, by the one-click link of RFC 8058, to receive no more of one list's mail (the Secretariat's
-- messages to applicants); the address is stored in lower case.
create table list_opt_out (
    address    varchar(320) not null,
    list       varchar(60) not null,
    created_at timestamptz not null,
    primary key (address, list)
);

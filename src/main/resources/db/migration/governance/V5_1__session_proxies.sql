-- An organization gives its vote to another for every motion of a session that allows proxies, as a meeting's
-- vote delegation does, beside the proxy for one motion. Both can be taken back until used: a session's is
-- marked used by the first ballot its holder casts with it.
create table session_proxy (
    session_id  uuid not null references session (id),
    giver_id    uuid not null,
    holder_id   uuid not null,
    given_at    timestamptz not null,
    used        boolean not null default false,
    primary key (session_id, giver_id)
);
create index session_proxy_holder on session_proxy (session_id, holder_id);

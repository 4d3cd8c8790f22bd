-- Secret ballots are staged with their participation, in the voter's transaction, and moved into the box
-- within seconds by a job (decision 48): a ballot in the box then carries the mover's transaction id, shared
-- by every ballot of its poll, never the voter's. The staging row has no id, no time and no sequence.
create table staged_ballot (
    poll_kind  varchar(10) not null check (poll_kind in ('MOTION', 'ELECTION')),
    poll_id    uuid not null,
    value      varchar(40) not null
);
create index staged_ballot_poll on staged_ballot (poll_kind, poll_id);

-- The application reads a poll's ballots only once the poll is closed; before, its box looks empty to it.
alter table secret_ballot enable row level security;
create policy read_when_closed on secret_ballot for select using (exists (
        select 1 from governance.motion m where m.id = motion_id and m.state in ('CLOSED', 'PUBLISHED')));
alter table election_ballot enable row level security;
create policy read_when_closed on election_ballot for select using (exists (
        select 1 from governance.election e where e.id = election_id and e.state in ('CLOSED', 'PUBLISHED')));

-- Moves the staged ballots of one poll into its box and rewrites the whole box in random order with fresh
-- ids, under the poll row's exclusive lock: no ballot being cast is in flight then (a ballot holds that
-- row in share mode until it commits), so each committed ballot is moved exactly once. Runs as the
-- schema's owner: the application role may neither read the staging nor change the box.
create function seal_ballots(kind varchar, poll uuid) returns integer
        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    sealed integer;
begin
    if kind = 'MOTION' then
        perform 1 from governance.motion where id = poll for update;
        with staged as (
                delete from governance.staged_ballot s where s.poll_kind = kind and s.poll_id = poll returning s.value),
            boxed as (delete from governance.secret_ballot b where b.motion_id = poll returning b.choice)
        insert into governance.secret_ballot (id, motion_id, choice)
        select gen_random_uuid(), poll, v from (select value as v from staged union all select choice from boxed) ballots
        order by gen_random_uuid();
        get diagnostics sealed = row_count;
    elsif kind = 'ELECTION' then
        perform 1 from governance.election where id = poll for update;
        with staged as (
                delete from governance.staged_ballot s where s.poll_kind = kind and s.poll_id = poll returning s.value),
            boxed as (delete from governance.election_ballot b where b.election_id = poll returning b.candidate_id)
        insert into governance.election_ballot (id, election_id, candidate_id)
        select gen_random_uuid(), poll, v from (select cast(value as uuid) as v from staged union all select candidate_id from boxed) ballots
        order by gen_random_uuid();
        get diagnostics sealed = row_count;
    else
        raise exception 'unknown poll kind %', kind;
    end if;
    return sealed;
end $$;

-- Seals every poll that has staged ballots, in a fixed order so that two runs never wait on each other in a
-- circle; returns how many polls it sealed.
create function seal_staged_ballots() returns integer
        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    staged record;
    polls integer := 0;
begin
    for staged in select distinct poll_kind, poll_id from governance.staged_ballot order by poll_kind, poll_id loop
        perform governance.seal_ballots(staged.poll_kind, staged.poll_id);
        polls := polls + 1;
    end loop;
    return polls;
end $$;

revoke all on function seal_ballots(varchar, uuid) from public;
revoke all on function seal_staged_ballots() from public;

-- Ballots of polls open at the upgrade were written straight into the box in their voter's transaction.
select seal_ballots('MOTION', id) from motion where state = 'OPEN';
select seal_ballots('ELECTION', id) from election where state = 'OPEN';

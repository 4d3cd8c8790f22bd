-- Issue 14, the applicant's side (numbered 5.1 so that another migration 5 of the same issue can merge).

-- A withdrawn application stays in the record and its applicant may apply again while the call is open:
-- one application per applicant and call that is not withdrawn.
alter table application drop constraint application_call_id_applicant_id_key;
create unique index application_one_active on application (call_id, applicant_id) where status <> 'WITHDRAWN';

-- Reference numbers count per prefix (a call's), from the highest number already given under it, so that
-- every existing reference stays what it is.
create table reference_counter (
    prefix      varchar(12) primary key,
    last_number bigint not null
);
insert into reference_counter (prefix, last_number)
select substring(reference from '^(.*)-[0-9]+$'), max(substring(reference from '-([0-9]+)$')::bigint)
from application where reference ~ '^.*-[0-9]+$' group by 1;

-- The call decides whether an applicant may take a submitted application back to draft before the deadline.
alter table call add column reopen_before_deadline boolean not null default false;

-- A referee may decline with a reason; the link no longer works afterwards.
alter table referee add column declined_at timestamptz, add column decline_reason varchar(2000);

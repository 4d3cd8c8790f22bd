-- V1's trigger function named budget_plan without its schema, so it failed ("relation does not exist") for the
-- application's runtime role, whose search path does not hold finance: every change to a plan's lines failed with it.
-- The same rule, with the table named in full.
create or replace function refuse_decided_plan_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from finance.budget_plan p where p.id = coalesce(old.plan_id, new.plan_id)
               and p.status in ('APPROVED', 'SUPERSEDED', 'REJECTED')) then
        raise exception 'the lines of a decided budget plan never change' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

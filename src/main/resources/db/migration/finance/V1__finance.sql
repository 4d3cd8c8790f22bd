-- The alliance's finance (issue 19): budget plans per year and programme approved by a Governing Board decision,
-- expenditure as ledger lines imported from the accounting system, the exchange rates finance staff enter, and the
-- funds (restricted, unrestricted, the endowment whose principal is never spent). Programmes are the calls module's
-- codes, projects, calls and meetings are shared.RecordRef text, decisions are governance's ids: modules share no
-- tables. Amounts are numeric in their own currency; base_amount is the same in the base currency
-- (anso.finance.base-currency) at the rate of the entry's day.

create table budget_plan (
    id            uuid primary key,
    year          int not null check (year between 2000 and 2100),
    currency      char(3) not null,
    -- DRAFT while finance staff edit it; PROPOSED once put before the Board (offered as a decision subject);
    -- APPROVED by a decision; SUPERSEDED when a later plan of the same year is approved; REJECTED by a decision
    status        varchar(20) not null check (status in ('DRAFT', 'PROPOSED', 'APPROVED', 'SUPERSEDED', 'REJECTED')),
    -- the approved plan this one revises: an approved plan changes only by a new plan and a new decision
    revises       uuid references budget_plan (id),
    note          text not null default '',
    decision_id   uuid,
    decided_on    date,
    illustrative  boolean not null default false,
    created_by    uuid,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       int not null default 0,
    check ((status in ('APPROVED', 'SUPERSEDED', 'REJECTED')) = (decision_id is not null))
);
create unique index budget_plan_one_approved_per_year on budget_plan (year) where status = 'APPROVED';
create unique index budget_plan_one_open_per_year on budget_plan (year) where status in ('DRAFT', 'PROPOSED');

create table budget_plan_line (
    plan_id         uuid not null references budget_plan (id) on delete cascade,
    programme_code  varchar(60) not null,
    amount          numeric(19, 4) not null check (amount >= 0),
    note            text not null default '',
    primary key (plan_id, programme_code)
);

-- a decided plan is the Board's: its lines and amounts never change (a revision is a new plan)
create function refuse_decided_plan_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from budget_plan p where p.id = coalesce(old.plan_id, new.plan_id)
               and p.status in ('APPROVED', 'SUPERSEDED', 'REJECTED')) then
        raise exception 'the lines of a decided budget plan never change' using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger budget_plan_line_decided before insert or update or delete on budget_plan_line
    for each row execute function refuse_decided_plan_change();

-- units of the base currency for one unit of the currency, on that day, as finance staff entered it
create table exchange_rate (
    currency    char(3) not null,
    on_date     date not null,
    rate        numeric(24, 10) not null check (rate > 0),
    entered_by  uuid,
    entered_at  timestamptz not null,
    primary key (currency, on_date)
);

create table fund (
    code          varchar(40) primary key,
    name          jsonb not null,
    description   jsonb not null default '{}',
    kind          varchar(20) not null check (kind in ('UNRESTRICTED', 'RESTRICTED', 'ENDOWMENT')),
    currency      char(3) not null,
    -- for a restricted fund: what it may pay for (a programme code), null for any
    programme_code varchar(60),
    illustrative  boolean not null default false,
    created_at    timestamptz not null
);

-- what comes into a fund: principal (an endowment's capital, never spent) or income (earnings, gifts to spend)
create table fund_movement (
    id          uuid primary key,
    fund_code   varchar(40) not null references fund (code),
    kind        varchar(20) not null check (kind in ('PRINCIPAL', 'INCOME')),
    amount      numeric(19, 4) not null check (amount > 0),
    currency    char(3) not null,
    on_date     date not null,
    note        text not null default '',
    illustrative boolean not null default false,
    entered_by  uuid,
    entered_at  timestamptz not null
);
create index fund_movement_fund on fund_movement (fund_code, on_date);

-- one import of the accounting system's CSV export: all its lines or none; the same file is never imported twice
create table ledger_import (
    id           uuid primary key,
    file_name    text not null,
    sha256       char(64) not null unique,
    line_count   int not null,
    illustrative boolean not null default false,
    imported_by  uuid,
    imported_at  timestamptz not null
);

create table ledger_line (
    id              uuid primary key,
    -- null for a reversing line entered by finance staff
    import_id       uuid references ledger_import (id),
    line_no         int,
    entry_date      date not null,
    -- money spent is positive; a reversing line carries the opposite of the line it reverses
    amount          numeric(19, 4) not null check (amount <> 0),
    currency        char(3) not null,
    rate            numeric(24, 10) not null check (rate > 0),
    base_amount     numeric(19, 4) not null,
    programme_code  varchar(60) not null,
    -- the fund that paid (null: unrestricted money); spending from an endowment comes out of its income only
    fund_code       varchar(40) references fund (code),
    project_ref     text,
    call_ref        text,
    meeting_ref     text,
    -- the accounting system's voucher number
    voucher         text,
    description     text not null default '',
    reverses        uuid unique references ledger_line (id),
    reason          text,
    illustrative    boolean not null default false,
    created_by      uuid,
    created_at      timestamptz not null,
    check ((reverses is null) = (reason is null))
);
create index ledger_line_date on ledger_line (entry_date);
create index ledger_line_programme_date on ledger_line (programme_code, entry_date);
create index ledger_line_fund on ledger_line (fund_code) where fund_code is not null;
create index ledger_line_project on ledger_line (project_ref) where project_ref is not null;

-- a line is never edited silently, nor removed: a correction is a reversing line
create function refuse_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger lines are never changed or removed: reverse them' using errcode = 'check_violation';
end $$;
create trigger ledger_line_immutable before update or delete on ledger_line
    for each row execute function refuse_ledger_change();

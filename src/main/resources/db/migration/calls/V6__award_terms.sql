-- What an award gives, per track of a call, as the offer letter states it (issue 16, item 3). No foreign key to
-- calls.track: saving a call rewrites its tracks; terms of a track that no longer exists are simply not read.
create table calls.award_terms (
    call_id          uuid not null references calls.call (id) on delete cascade,
    track            varchar(40) not null,
    stipend_amount   numeric(12, 2) check (stipend_amount is null or stipend_amount >= 0),
    stipend_currency char(3),
    stipend_period   varchar(10) check (stipend_period in ('MONTH', 'YEAR', 'TOTAL')),
    starts_on        date,
    covers           jsonb not null default '{}',
    primary key (call_id, track),
    check ((stipend_amount is null) = (stipend_currency is null) and (stipend_amount is null) = (stipend_period is null))
);

-- An offer letter's verification code: given when the letter is first printed, never changed, confirmed by a
-- public page (like a certificate's).
alter table calls.offer add column verification_code varchar(24) unique;

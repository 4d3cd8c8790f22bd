-- An offer of a call that awards projects (issue 18) places no one at a host: it offers the amount the selection
-- granted. Every offer carries exactly one of the two, so a placement offer still names its host.
alter table offer alter column host_code drop not null;
alter table offer
    add column granted_amount numeric(19, 4),
    add column currency       char(3),
    add constraint offer_host_or_award check ((host_code is null) = (granted_amount is not null)
        and (granted_amount is null) = (currency is null));

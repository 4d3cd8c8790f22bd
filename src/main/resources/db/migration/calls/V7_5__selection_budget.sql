-- Selection under a budget envelope (issue 18): a decision records what the proposal requested and, when it was
-- funded, the amount granted, in the envelope's currency (one currency per call: amounts are never summed across
-- currencies). A candidate within the quota and caps that the envelope could not fund is OVER_BUDGET.
alter table selection_decision
    add column requested_amount numeric(19, 4),
    add column granted_amount   numeric(19, 4),
    add column currency         char(3),
    add constraint selection_decision_granted check (granted_amount is null or (outcome = 'SELECTED' and currency is not null));

alter table selection_decision drop constraint selection_decision_outcome_check;
alter table selection_decision add constraint selection_decision_outcome_check
    check (outcome in ('SELECTED', 'NOT_SELECTED', 'CAPPED', 'NO_QUOTA', 'OVER_BUDGET'));

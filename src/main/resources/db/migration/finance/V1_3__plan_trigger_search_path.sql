-- The trigger function of V1 names budget_plan without its schema, and the runtime role's search_path does not hold
-- finance, so inserting a plan line failed with "relation budget_plan does not exist". The function now carries its
-- own search_path (create or replace elsewhere keeps working: this only sets the function's setting).
alter function refuse_decided_plan_change() set search_path = finance, pg_temp;

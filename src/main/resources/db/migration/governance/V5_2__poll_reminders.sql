-- When the delegates yet to vote were reminded of a poll's deadline, so that they are reminded once.
alter table motion add column reminded_at timestamptz;
alter table election add column reminded_at timestamptz;

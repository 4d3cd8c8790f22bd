-- A double-blind panel: its reviewers see no applicant's name anywhere, the conflict declaration list included.
alter table panel add column double_blind boolean not null default false;

grant usage on schema governance to ${role};
grant select, insert, update, delete on all tables in schema governance to ${role};
grant usage, select on all sequences in schema governance to ${role};
-- Secret ballots (decision 48): a ballot is only ever added to the staging, never read there; the box is
-- read (once its poll is closed, by its row policy) and changed only by the owner's functions.
revoke all on governance.staged_ballot, governance.secret_ballot, governance.election_ballot from ${role};
grant insert on governance.staged_ballot to ${role};
grant select on governance.secret_ballot, governance.election_ballot to ${role};
grant execute on function governance.seal_ballots(varchar, uuid), governance.seal_staged_ballots() to ${role};

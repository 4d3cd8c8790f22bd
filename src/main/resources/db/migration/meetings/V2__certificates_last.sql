-- Issue 15: guests who attended get a certificate when the organizer says so. A certificate's code, once
-- issued, stays on its registration even if the check-in is undone, so that redoing it gives the same code.
alter table meeting add column guest_certificates boolean not null default false;

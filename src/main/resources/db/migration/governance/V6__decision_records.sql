-- A decision may be about another module's record (issue 17): its reference (module:type:id, shared.RecordRef)
-- beside subject_id, which keeps the record's id so that "the decisions about" one id still finds it.
alter table decision add column subject_ref varchar(120);
alter table decision drop constraint decision_subject_type_check;
alter table decision add constraint decision_subject_type_check
    check (subject_type in ('APPLICATION', 'AMENDMENT', 'MANDATE', 'POSTPONEMENT', 'ASSOCIATION', 'ELECTION', 'OFFICE', 'RECORD', 'OTHER'));
alter table decision add constraint decision_record_has_ref
    check ((subject_type = 'RECORD') = (subject_ref is not null and subject_id is not null));
create index decision_subject_ref on decision (subject_ref) where subject_ref is not null;

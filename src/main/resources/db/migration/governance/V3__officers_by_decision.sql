-- Officers are appointed (and their predecessors' terms ended) by decisions, like seats and mandates.
alter table decision drop constraint decision_subject_type_check;
alter table decision add constraint decision_subject_type_check
    check (subject_type in ('APPLICATION', 'AMENDMENT', 'MANDATE', 'POSTPONEMENT', 'ASSOCIATION', 'ELECTION', 'OFFICE', 'OTHER'));
alter table officer add column decided_by uuid references decision (id);
alter table officer add column ended_by uuid references decision (id);

-- Data curators (issue 22) review deposited datasets and publish them; the role joins the others.
alter table person_role drop constraint person_role_role_check;
alter table person_role add constraint person_role_role_check
    check (role in ('APPLICANT', 'REVIEWER', 'MEMBER_REPRESENTATIVE', 'SECRETARIAT', 'BOARD_MEMBER', 'ADMIN', 'FINANCE',
                    'DATA_CURATOR'));

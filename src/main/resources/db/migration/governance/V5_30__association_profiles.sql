-- Associations get a page each (issue 15, item 9): their field of science (OECD Fields of R&D, top level), and
-- their lead and member institutions as entries of the directory rather than typed names.
alter table association
    add column field                varchar(40) check (field in ('NATURAL_SCIENCES', 'ENGINEERING_AND_TECHNOLOGY',
        'MEDICAL_AND_HEALTH_SCIENCES', 'AGRICULTURAL_AND_VETERINARY_SCIENCES', 'SOCIAL_SCIENCES', 'HUMANITIES_AND_THE_ARTS')),
    add column lead_organization_id uuid,
    add column member_ids           uuid[] not null default '{}';

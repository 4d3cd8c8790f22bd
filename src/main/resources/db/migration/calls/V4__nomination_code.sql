-- the code an applicant gives the member organization they ask for a nomination; set when first shown
alter table calls.application add column nomination_code varchar(16);

-- Round 2, part B of issue 22: the catalogue's country facet. The countries of a published version (its creators'
-- organizations and affiliations the directory knows, its places named after a country), kept when the version is
-- announced (DatasetVersionChanged), so that the facet is counted in SQL with the others.
create table dataset_catalogue_country (
    version_id uuid not null references dataset_version on delete cascade,
    country    varchar(2) not null,
    primary key (version_id, country)
);
create index dataset_catalogue_country_code on dataset_catalogue_country (country);

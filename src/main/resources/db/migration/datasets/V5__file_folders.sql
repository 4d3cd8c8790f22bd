-- issue 23: folders (a relative path ending in '/', '' at the top) and MD5 beside SHA-256
alter table dataset_file add column folder varchar(1000) not null default '';
alter table dataset_file add column md5 char(32);

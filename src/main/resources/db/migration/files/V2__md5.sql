-- issue 23: MD5 kept beside SHA-256 (DataCite and many repositories publish it); null for files stored before
alter table stored_file add column md5 char(32);

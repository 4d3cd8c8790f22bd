-- issue 23, part M: a version's files listed one folder at a time in (folder, name, id) order with a keyset cursor;
-- this index serves the page (where version_id = ? and folder = ? and (folder, name, id) > (...)), the folder
-- summaries (a range of the version's rows) and every per-version read. The name filter is a substring match over the
-- one version's rows that this index finds (tens of thousands at most): no trigram index (decision 257).
create index dataset_file_listing on dataset_file (version_id, folder, name, id);

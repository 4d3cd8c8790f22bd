-- The title's tokens alone (weight A of words), with their own index, so that a word found in more documents
-- than search ranks can still have its title matches found first without reading every match (decision 136).
alter table document add column title_words tsvector generated always as (ts_filter(words, '{a}')) stored;
create index document_title_words on document using gin (title_words);

-- Solved proof-of-work challenges (decision 67): each is accepted once, and forgotten after it would have expired.
create table used_proof (
    signature  varchar(128) primary key,
    keep_until timestamptz not null
);
create index used_proof_keep_until on used_proof (keep_until);

-- one row per upload; the bytes live once per SHA-256 under <data-dir>/files/<2 hex>/<2 hex>/<sha256>
create table stored_file (
    id             uuid primary key,
    sha256         char(64) not null,
    size           bigint not null check (size > 0),
    media_type     varchar(255) not null,
    original_name  varchar(255) not null,
    owner_id       uuid not null,
    created_at     timestamptz not null
);
create index stored_file_owner on stored_file (owner_id, created_at);
create index stored_file_sha256 on stored_file (sha256);

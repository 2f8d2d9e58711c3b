-- Shared file store (photos). Kept in PostgreSQL so every instance sees every file;
-- the FileStore interface lets an S3-compatible store replace it.
create table stored_file (
    id           uuid primary key,
    content_type varchar(50) not null,
    size_bytes   int         not null,
    sha256       varchar(64) not null,
    content      bytea       not null,
    created_at   timestamptz not null default now()
);

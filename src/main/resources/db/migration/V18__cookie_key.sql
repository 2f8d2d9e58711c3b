-- The key that seals residents' cookies (receipts and the proof that a device knows a query code), shared by every
-- instance: made once by the first instance to start, unless MASHANG_COOKIE_KEY gives one.
create table cookie_key (
    id         int primary key check (id = 1),
    key        bytea       not null,
    created_at timestamptz not null default now()
);

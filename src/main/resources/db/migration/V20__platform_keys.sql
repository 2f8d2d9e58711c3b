-- Keys the application makes for itself on first use and shares between its instances (e.g. the key that seals a
-- resident's receipt in a cookie between the form and the receipt page).
create table platform_key (
    name       varchar(40) primary key,
    key_bytes  bytea       not null,
    created_at timestamptz not null default now()
);

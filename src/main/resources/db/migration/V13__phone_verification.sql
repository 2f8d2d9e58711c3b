-- Module notify: one-time codes that prove a resident holds a phone. Codes are stored hashed; the rows
-- also count requests per phone and per IP address for rate limits that hold across instances.
create table phone_verification (
    id           bigserial primary key,
    phone        varchar(20)  not null,
    code_hash    varchar(64)  not null,
    salt         varchar(32)  not null,
    client_ip    varchar(64)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    attempts     int          not null default 0,
    verified_at  timestamptz
);
create index phone_verification_phone on phone_verification (phone, created_at desc);
create index phone_verification_ip on phone_verification (client_ip, created_at desc);

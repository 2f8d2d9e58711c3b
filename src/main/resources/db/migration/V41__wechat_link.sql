-- A resident's WeChat (the openid of the station's Official Account) linked once to a phone they verified by code, so
-- WeChat sign-in opens /my and notifications can go to WeChat. The openid is kept sealed with the server's key and
-- found by its keyed hash: someone who reads the database learns neither it nor whose WeChat it is.
create table wechat_link (
    phone         varchar(20)  primary key,
    openid_hash   varchar(64)  not null unique,
    openid_sealed text         not null,
    linked_at     timestamptz  not null
);

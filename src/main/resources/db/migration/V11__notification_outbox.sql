-- Module notify: the transactional outbox. A row is written in the same transaction as the change
-- that causes it, then delivered by a worker on any instance (claimed with FOR UPDATE SKIP LOCKED).
create table notification_outbox (
    id              bigserial primary key,
    -- (event, recipient, template): a re-published event cannot enqueue the same notification twice
    idempotency_key varchar(300)  not null unique,
    template_key    varchar(60)   not null,
    locale          varchar(10)   not null,
    recipient_kind  varchar(20)   not null,
    recipient_name  varchar(100),
    channel         varchar(10)   not null,
    address         varchar(200)  not null,
    subject         varchar(200),
    body            varchar(2000) not null,
    params          jsonb         not null default '{}',
    case_id         bigint,
    ticket          varchar(24),
    status          varchar(10)   not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    -- while SENDING: who claimed it and until when; after the lease another worker may take it over
    lease_until     timestamptz,
    claim_token     uuid,
    claimed_by      varchar(100),
    last_error      varchar(1000),
    provider_id     varchar(200),
    -- the text of a one-time code is removed once it is delivered or given up
    sensitive       boolean       not null default false,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_lease on notification_outbox (lease_until) where status = 'SENDING';
create index notification_outbox_status on notification_outbox (status, updated_at desc);
create index notification_outbox_case on notification_outbox (case_id);

-- The dev channel's inbox, shown to administrators: one message per outbox row, however often it is delivered.
create table notification_dev_message (
    id          bigserial primary key,
    outbox_id   bigint        not null unique references notification_outbox (id),
    address     varchar(200)  not null,
    subject     varchar(200),
    body        varchar(2000) not null,
    received_at timestamptz   not null
);

-- Module stats: its copy of deputies' proposals, from the proposals' events, for the dashboard, the public figures,
-- the deputies' records and the league tables. Counted in the year and month a proposal was submitted.
create table stat_proposal (
    proposal_id      bigint primary key,
    scope_key        varchar(400) not null,
    street_id        bigint       not null,
    station_id       bigint       not null,
    level            varchar(20)  not null,
    session          varchar(200),
    lead_deputy_id   bigint       not null,
    cosigners        bigint[]     not null default '{}',
    units            bigint[]     not null default '{}',
    lead_unit        bigint,
    state            varchar(20)  not null,
    answer_class     varchar(1),
    answered_on_time boolean,
    evaluation       varchar(30),
    submitted_at     timestamptz  not null
);
create index stat_proposal_scope_time on stat_proposal (scope_key varchar_pattern_ops, submitted_at);
create index stat_proposal_lead on stat_proposal (lead_deputy_id, submitted_at);
create index stat_proposal_cosigners on stat_proposal using gin (cosigners);

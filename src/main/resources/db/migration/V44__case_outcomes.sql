-- Outcomes of a case (挽回经济损失 元, 帮助群众 人 …), the same lines activities have, recorded with the final reply
create table case_outcome (
    case_id     bigint        not null references cases (id),
    position    int           not null,
    indicator   varchar(20)   not null,
    unit        varchar(6)    not null,
    amount      numeric(14,2) not null check (amount > 0),
    recorded_at timestamptz   not null,
    primary key (case_id, position)
);

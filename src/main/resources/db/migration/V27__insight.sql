-- Insight: who asked for the monthly report, and which month's report each of them was sent (a re-run of the job,
-- on this node or another, never sends twice).
create table insight_subscription (
    user_id    bigint       not null primary key,
    link       varchar(200) not null,
    created_at timestamp    not null
);

create table insight_report_sent (
    user_id bigint     not null,
    period  varchar(7) not null,
    sent_at timestamp  not null,
    primary key (user_id, period)
);

-- Cooperation agreements: one per partnership, in numbered versions; each version keeps the text it was generated
-- from (JSON), the board's decision and the signed copy. Reminders before the end date are recorded once each.
create sequence agreement_version_seq start with 1 increment by 50;

create table agreement (
    partnership_id  bigint      not null primary key,
    latest_number   integer     not null,
    created_at      timestamp   not null,
    version         bigint      not null
);

create table agreement_version (
    id                  bigint        not null primary key,
    partnership_id      bigint        not null references agreement (partnership_id),
    number              integer       not null,
    snapshot            text          not null,
    status              varchar(16)   not null,
    comments            varchar(4000),
    created_at          timestamp     not null,
    submitted_by        bigint,
    submitted_at        timestamp,
    decided_by          bigint,
    decided_by_name     varchar(200),
    decided_at          timestamp,
    signed_path         varchar(500),
    signed_sha256       varchar(64),
    signed_content_type varchar(50),
    signed_at           timestamp,
    signed_by           bigint,
    constraint uk_agreement_version unique (partnership_id, number)
);

create table agreement_reminder (
    partnership_id bigint    not null,
    days_before    integer   not null,
    end_date       date      not null,
    sent_at        timestamp not null,
    primary key (partnership_id, days_before, end_date)
);

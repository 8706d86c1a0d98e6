-- Partnerships: the record, its parties, the lifecycle timeline, partner comments, assessments and indicators.
-- Organisations are referenced by id only (the directory module owns them); names and types are copied at save
-- time so lists and filters never join across modules. Portable SQL for H2 2.x and PostgreSQL 15+.

create sequence partnership_seq start with 1 increment by 50;
create sequence partnership_party_seq start with 1 increment by 50;
create sequence partnership_transition_seq start with 1 increment by 50;
create sequence partnership_comment_seq start with 1 increment by 50;
create sequence assessment_seq start with 1 increment by 50;
create sequence indicator_value_seq start with 1 increment by 50;

create table partnership (
    id                bigint        not null primary key,
    title             varchar(300)  not null,
    lead_library_id   bigint        not null,
    lead_library_name varchar(500)  not null,
    holder_id         bigint,
    oblast_code       varchar(3),
    municipality_code varchar(5),
    status            varchar(16)   not null,
    builder_step      integer       not null,
    need              varchar(4000),
    concept           varchar(4000),
    goals             varchar(4000),
    channels          varchar(2000),
    meeting_rhythm    varchar(300),
    reporting         varchar(2000),
    evaluation        varchar(2000),
    shared_costs      varchar(2000),
    shared_premises   varchar(2000),
    start_date        date,
    end_date          date,
    renewals          integer       not null,
    partner_types     varchar(300),
    created_by        bigint,
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    version           bigint        not null
);

create index partnership_lead_idx on partnership (lead_library_id, id);
create index partnership_status_idx on partnership (status, id);
create index partnership_oblast_idx on partnership (oblast_code, status, id);
create index partnership_holder_idx on partnership (holder_id, id);
create index partnership_end_idx on partnership (end_date);

create table partnership_target_group (
    partnership_id bigint      not null references partnership (id),
    code           varchar(24) not null,
    primary key (partnership_id, code)
);
create index partnership_target_group_code_idx on partnership_target_group (code, partnership_id);

create table partnership_field (
    partnership_id bigint      not null references partnership (id),
    code           varchar(24) not null,
    primary key (partnership_id, code)
);
create index partnership_field_code_idx on partnership_field (code, partnership_id);

create table partnership_party (
    id                bigint         not null primary key,
    partnership_id    bigint         not null references partnership (id),
    sort_order        integer        not null,
    organisation_id   bigint         not null,
    organisation_name varchar(500)   not null,
    partner_type      varchar(24),
    party_role        varchar(300),
    responsibilities  varchar(4000),
    contributions     varchar(200),
    money_eur         numeric(14, 2),
    contribution_note varchar(2000),
    benefits          varchar(4000),
    representative    varchar(200),
    confirmed_at      timestamp,
    confirmed_by      bigint
);
create index partnership_party_partnership_idx on partnership_party (partnership_id);
create index partnership_party_org_idx on partnership_party (organisation_id, partnership_id);
create index partnership_party_type_idx on partnership_party (partner_type, partnership_id);

create table partnership_transition (
    id             bigint        not null primary key,
    partnership_id bigint        not null references partnership (id),
    from_status    varchar(16),
    to_status      varchar(16)   not null,
    reason         varchar(1000),
    by_user        bigint,
    by_name        varchar(200),
    changed_at     timestamp     not null
);
create index partnership_transition_idx on partnership_transition (partnership_id, changed_at);

create table partnership_comment (
    id             bigint        not null primary key,
    partnership_id bigint        not null references partnership (id),
    party_id       bigint,
    author_id      bigint,
    author_name    varchar(200),
    body           varchar(4000) not null,
    created_at     timestamp     not null
);
create index partnership_comment_idx on partnership_comment (partnership_id, created_at);

create table assessment (
    id             bigint        not null primary key,
    partnership_id bigint        not null references partnership (id),
    party_id       bigint,
    party_name     varchar(500),
    rated_by       bigint,
    rated_at       timestamp     not null,
    score          integer       not null
);
create index assessment_partnership_idx on assessment (partnership_id, rated_at);

create table assessment_rating (
    assessment_id bigint      not null references assessment (id),
    criterion     varchar(32) not null,
    rating        integer     not null,
    primary key (assessment_id, criterion)
);

create table indicator_value (
    id             bigint         not null primary key,
    partnership_id bigint         not null references partnership (id),
    period_year    integer        not null,
    period_quarter integer        not null,
    code           varchar(32)    not null,
    amount         numeric(14, 2) not null,
    constraint uk_indicator_value unique (partnership_id, period_year, period_quarter, code)
);

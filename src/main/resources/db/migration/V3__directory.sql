-- Directory: chitalishta, libraries and partner organisations in one table (kind), plus import batches.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

create sequence organisation_seq start with 1 increment by 50;

create table organisation (
    id                bigint        not null primary key,
    kind              varchar(16)   not null,
    name              varchar(500)  not null,
    register_no       integer,
    status            varchar(16)   not null,
    eik               varchar(100),
    eik_valid         boolean       not null,
    library_kind      varchar(24),
    partner_type      varchar(24),
    partner_subtype   varchar(32),
    parent_id         bigint        references organisation (id),
    country           varchar(2),
    address           varchar(500),
    ekatte            varchar(5),
    settlement_name   varchar(100),
    municipality_code varchar(5),
    oblast_code       varchar(3),
    lat               double precision,
    lon               double precision,
    chair             varchar(200),
    secretary         varchar(200),
    emails            varchar(1000),
    phones            varchar(500),
    website           varchar(500),
    description       varchar(4000),
    strategic         varchar(16),
    strategic_reason  varchar(1000),
    consent_at        timestamp,
    register_hash     varchar(64),
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    version           bigint        not null,
    constraint uk_organisation_register unique (kind, register_no)
);

create index organisation_kind_idx on organisation (kind);
create index organisation_oblast_idx on organisation (oblast_code, kind);
create index organisation_municipality_idx on organisation (municipality_code, kind);
create index organisation_ekatte_idx on organisation (ekatte);
create index organisation_eik_idx on organisation (eik);
create index organisation_parent_idx on organisation (parent_id);
create index organisation_name_idx on organisation (name);

-- A previewed import waits here (parsed rows as JSON) until it is committed, so any node can commit it.
create table import_batch (
    id           varchar(36)   not null primary key,
    kind         varchar(24)   not null,
    file_name    varchar(300),
    created_by   bigint,
    created_at   timestamp     not null,
    committed_at timestamp,
    row_count    integer       not null,
    payload      text          not null
);

-- Several nodes (#20). Runs on H2 and PostgreSQL; used only when libpartners.nodes.several=true (on PostgreSQL),
-- but created everywhere so that every database has one schema.

-- Spring Session JDBC: the sessions of signed-in people, shared by every node (spring-session-jdbc's own
-- schema-postgresql.sql; BYTEA is a binary type on both databases).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Hibernate Search's outbox-polling coordination (hibernate-search-mapper-orm-outbox-polling 8.2.2): the agents
-- (event processors, mass indexers) and the outbox of entity changes, as Hibernate 7 generates them for PostgreSQL.
-- Used with a search backend that all nodes share (libpartners.nodes.search-coordination=outbox-polling).
create table hsearch_agent (
    id                   uuid                        not null,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    id             uuid                        not null,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        bytea                       not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null,
    tenant_id      varchar(255),
    primary key (id)
);
create index hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_after on hsearch_outbox_event (process_after);

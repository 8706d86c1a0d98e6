-- Spring Modulith's event publication registry (schema v2): every event published to an @ApplicationModuleListener
-- is written here in the publishing transaction and marked completed when the listener succeeded, so a notice or a
-- read model update is never lost when a node stops; incomplete ones are resubmitted at start.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);

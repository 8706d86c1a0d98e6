-- Events: regional meetings, chitalishte board meetings, round tables, trainings. Times are instants (UTC); pages
-- show them in Europe/Sofia. The audience is kept as scope keys (OBLAST:PDV, CHITALISHTE:7, LIBRARY:3, …) so that
-- "events I am invited to" is one indexed look-up. ical_sequence is the iCalendar SEQUENCE, raised on each change.
create sequence event_seq start with 1 increment by 50;
create sequence event_registration_seq start with 1 increment by 50;
create sequence event_decision_seq start with 1 increment by 50;
create sequence event_action_seq start with 1 increment by 50;

create table event (
    id                    bigint        not null primary key,
    kind                  varchar(32)   not null,
    title                 varchar(300)  not null,
    description           varchar(8000),
    starts_at             timestamp     not null,
    ends_at               timestamp     not null,
    ekatte                varchar(5),
    settlement_name       varchar(200),
    oblast_code           varchar(3),
    address               varchar(500),
    online_url            varchar(500),
    capacity              integer,
    registration_deadline timestamp,
    organiser_id          bigint,
    organiser_name        varchar(200)  not null,
    library_id            bigint,
    public_event          boolean       not null,
    audience_roles        varchar(200),
    chitalishte_id        bigint,
    partnership_id        bigint,
    status                varchar(16)   not null,
    ical_sequence         integer       not null,
    minutes_markdown      text,
    minutes_html          text,
    minutes_at            timestamp,
    minutes_by            varchar(200),
    created_at            timestamp     not null,
    updated_at            timestamp     not null,
    demo                  boolean       not null,
    version               bigint        not null
);
create index ix_event_starts on event (starts_at);
create index ix_event_oblast_starts on event (oblast_code, starts_at);
create index ix_event_public_starts on event (public_event, starts_at);

create table event_oblast (
    event_id    bigint     not null references event (id),
    oblast_code varchar(3) not null,
    primary key (event_id, oblast_code)
);

create table event_audience (
    event_id  bigint      not null references event (id),
    scope_key varchar(64) not null,
    primary key (event_id, scope_key)
);
create index ix_event_audience_key on event_audience (scope_key, event_id);

create table event_agenda_item (
    event_id   bigint        not null references event (id),
    position   integer       not null,
    start_time varchar(5),
    topic      varchar(500)  not null,
    speaker    varchar(200),
    primary key (event_id, position)
);

create table event_material (
    event_id    bigint not null references event (id),
    material_id bigint not null,
    primary key (event_id, material_id)
);

create table event_practice (
    event_id    bigint not null references event (id),
    practice_id bigint not null,
    primary key (event_id, practice_id)
);

create table event_registration (
    id                bigint        not null primary key,
    event_id          bigint        not null references event (id),
    user_id           bigint,
    name              varchar(200)  not null,
    email             varchar(320)  not null,
    email_key         varchar(320)  not null,
    status            varchar(16)   not null,
    position          integer       not null,
    cancel_token_hash varchar(64)   not null,
    registered_at     timestamp     not null,
    registered_by     bigint,
    promoted_at       timestamp,
    cancelled_at      timestamp,
    attended          boolean,
    constraint uk_event_registration_email unique (event_id, email_key),
    constraint uk_event_registration_token unique (cancel_token_hash)
);
create index ix_event_registration_order on event_registration (event_id, status, position);
create index ix_event_registration_user on event_registration (user_id, status);

create table event_decision (
    id               bigint        not null primary key,
    event_id         bigint        not null references event (id),
    position         integer       not null,
    text             varchar(4000) not null,
    partnership_id   bigint,
    agreement_number integer,
    outcome          varchar(16),
    created_at       timestamp     not null
);
create index ix_event_decision_event on event_decision (event_id, position);

create table event_action (
    id          bigint        not null primary key,
    event_id    bigint        not null references event (id),
    what        varchar(1000) not null,
    owner_id    bigint        not null,
    owner_name  varchar(200)  not null,
    due_date    date          not null,
    status      varchar(16)   not null,
    created_at  timestamp     not null,
    done_at     timestamp,
    version     bigint        not null
);
create index ix_event_action_owner on event_action (owner_id, status, due_date);
create index ix_event_action_event on event_action (event_id);

-- A personal calendar feed: only the secret's SHA-256 is kept; revoking deletes the row.
create table event_feed (
    user_id     bigint      not null primary key,
    secret_hash varchar(64) not null unique,
    created_at  timestamp   not null
);

-- What was sent (reminders, mails to registrants without an account): one row per recipient and stage, claimed
-- before sending, so a second node or a re-run never sends it twice.
create table event_sent (
    sent_key varchar(120) not null primary key,
    sent_at  timestamp    not null
);

-- Geography: the EKATTE classifiers (oblasts, municipalities, settlements) with coordinates.
-- Filled from classpath:geodata/*.csv by GeographyLoader on start; runs on H2 2.x and PostgreSQL 15+.

create table oblast (
    code        varchar(3)   not null primary key,
    name_bg     varchar(100) not null,
    name_en     varchar(100) not null,
    ekatte      varchar(5)   not null,
    nuts3       varchar(5)   not null
);

create table municipality (
    code        varchar(5)   not null primary key,
    oblast_code varchar(3)   not null references oblast (code),
    name_bg     varchar(100) not null,
    name_en     varchar(100) not null,
    ekatte      varchar(5)   not null
);

create index municipality_oblast_idx on municipality (oblast_code);

create table settlement (
    ekatte            varchar(5)       not null primary key,
    kind              varchar(4)       not null,
    name_bg           varchar(100)     not null,
    name_en           varchar(100)     not null,
    municipality_code varchar(5)       not null references municipality (code),
    oblast_code       varchar(3)       not null references oblast (code),
    lat               double precision,
    lon               double precision,
    population        integer,
    search_key        varchar(200)     not null
);

create index settlement_search_key_idx on settlement (search_key);
create index settlement_municipality_idx on settlement (municipality_code);
create index settlement_oblast_idx on settlement (oblast_code);

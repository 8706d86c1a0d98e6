-- An agreement version is guarded by a version column: a concurrent approval and return cannot both succeed.
alter table agreement_version add column version bigint default 0 not null;

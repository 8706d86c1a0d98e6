-- Two indexes that every insert pays for and no query needs (#21, the register import: 7,434 organisations and as
-- many audit entries in one transaction, each index entry written, then walked again by H2's commit).
-- organisation (kind) is the first column of uk_organisation_register (kind, register_no): a query by kind alone
-- (the register's centres, counts and lists by kind) uses that index on H2 and PostgreSQL (OrganisationIndexesIT).
drop index organisation_kind_idx;
-- The audit trail is read newest first by id (the primary key), by entity and entity id (ix_audit_entry_entity) and
-- by actor; no query asks for a time range, so the index on its time is never read.
drop index ix_audit_entry_at;

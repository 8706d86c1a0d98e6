-- Atlas: the in-memory index (AtlasIndex) compares max(updated_at) and max(id) of partnership with what it was built
-- from every few seconds; without this index that maximum is a scan of the whole table (1.6 s at 4,000,000 rows).
-- Portable SQL for H2 2.x and PostgreSQL.

create index atlas_partnership_updated_idx on partnership (updated_at);

-- Atlas: what the in-memory cluster grid (ClusterGrid) needs. Its freshness check reads max(updated_at) and max(id) of
-- organisation by index; the border strips of a box are read by latitude (atlas_organisation_lat_lon_idx) and by
-- longitude (below). Portable SQL for H2 2.x and PostgreSQL 15+.

create index atlas_organisation_updated_idx on organisation (updated_at);
create index atlas_organisation_lon_lat_idx on organisation (lon, lat, kind);

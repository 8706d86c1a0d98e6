-- Atlas: indexes for the map's read model over directory + partnership (bounding-box scans, regions by place).
-- Portable SQL for H2 2.x and PostgreSQL 15+.

create index atlas_organisation_lat_lon_idx on organisation (lat, lon, kind);
create index atlas_partnership_municipality_idx on partnership (municipality_code, status);
create index atlas_partnership_region_idx on partnership (oblast_code, municipality_code, status);

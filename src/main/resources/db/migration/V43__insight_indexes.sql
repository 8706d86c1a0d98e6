-- The dashboards' partnership figures of one oblast (or of every oblast, for the medians) read these columns only:
-- an index-only scan of the oblast's part of this index instead of the whole partnership table (2.5 GB at world
-- scale: 4 M partnerships), and the parties of those partnerships (their type, the organisation) without their rows.
create index partnership_insight_idx on partnership (oblast_code, id, status, lead_library_id, municipality_code,
    start_date, created_at);
create index partnership_party_insight_idx on partnership_party (partnership_id, partner_type, organisation_id);

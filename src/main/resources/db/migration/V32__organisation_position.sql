-- Where an organisation's point comes from (issue #18, exact locations): SETTLEMENT (its settlement's centre, an
-- approximate place), IMPORT (a coordinates file) or PIN (placed by hand on its page or through the API). Null when
-- it has no point. Existing points at exactly their settlement's centre are approximate; any other point was set by
-- hand through the form or the API.
alter table organisation add column position_source varchar(16);

update organisation set position_source = 'SETTLEMENT'
where lat is not null and lon is not null and ekatte is not null
  and exists (select 1 from settlement s where s.ekatte = organisation.ekatte and s.lat = organisation.lat
              and s.lon = organisation.lon);

update organisation set position_source = 'PIN'
where lat is not null and lon is not null and position_source is null;

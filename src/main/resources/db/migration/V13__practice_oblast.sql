-- Coordinators moderate the good practices of their oblasts: each practice keeps the oblast of its library (or of the
-- partnership it came from). Practices without one (the programme's seeded examples, those written abroad or by an
-- administrator) are moderated by administrators.
alter table good_practice add column oblast_code varchar(3);
update good_practice set oblast_code = (select organisation.oblast_code from organisation
    where cast(organisation.id as varchar(40)) = good_practice.library_ref)
    where library_ref is not null;
update good_practice set oblast_code = (select partnership.oblast_code from partnership
    where partnership.id = good_practice.partnership_id)
    where oblast_code is null and partnership_id is not null;
create index ix_good_practice_review on good_practice (status, oblast_code, updated_at);
create index ix_good_practice_partnership on good_practice (partnership_id);

-- A board decision on an agreement taken at a board meeting names the meeting (an event) as its source.
alter table agreement_version add column decided_source varchar(300);

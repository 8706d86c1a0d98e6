-- A notice to a wide audience (an event open to every oblast and role) serialises to more than 4,000 characters:
-- the registry must keep it whole, or the change that raised it fails.
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE VARCHAR(1000000);

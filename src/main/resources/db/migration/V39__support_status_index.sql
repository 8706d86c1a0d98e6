-- A list by status, newest first: the rare statuses (answered, waiting for the asker) no longer walk the whole table
-- backwards by id to find a page.
create index ix_support_request_status_id on support_request (status, id);

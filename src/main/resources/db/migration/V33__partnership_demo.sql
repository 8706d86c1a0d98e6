-- Demo partnerships are marked as such (the living demo of issue #18): the pages show them as examples.
alter table partnership add column demo boolean default false not null;

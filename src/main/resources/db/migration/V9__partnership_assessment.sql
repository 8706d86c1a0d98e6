-- Self-assessment: who rated is shown in the history by name, copied at save time like the other partnership names.
alter table assessment add column rated_by_name varchar(200);

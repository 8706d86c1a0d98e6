-- Sessions signed in before a password reset or a change of role or scope end at their next request; API tokens get
-- an optional expiry and a scope (read-only or everything).
alter table app_user add column credentials_changed_at timestamp;
alter table api_token add column expires_at timestamp;
alter table api_token add column read_only boolean default false not null;

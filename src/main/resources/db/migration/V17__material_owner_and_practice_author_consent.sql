-- Materials belong to the library (and its oblast) of the person who uploaded them: its staff, the oblast's
-- coordinators and admins may add versions and link practices. Materials uploaded before have no library and stay
-- with their uploader and the admins.
alter table material add library_ref varchar(40);
alter table material add oblast_code varchar(10);

-- A version that may run code when opened (an archive, a macro-enabled Office file) is flagged on its page.
alter table material_version add active_content boolean default false not null;

-- The author of a good practice is named on public pages and feeds only when they agreed to it.
alter table good_practice add author_public boolean default false not null;

-- A practice whose story adds, for illustration, details its source does not hold (the programme's Bulgarian
-- examples): the practice page says so in a note. The seeder sets it when it writes or corrects a seeded practice.
alter table good_practice add column illustrative boolean default false not null;

-- The demo partnerships' goals were "Обща цел: " and the title in lower case (a label the agreement repeats, and
-- place names without their capital): they become the seed's own aim. Only those exact demo texts change.
update partnership set goals = 'Превенция на наркотици на територията на община Първомай.',
    version = version + 1, updated_at = current_timestamp
    where goals = 'Обща цел: превенция на наркотиците в община първомай';
update partnership set goals = 'Приобщаване на хората с ментални увреждания като активни потребители на компютрите.',
    version = version + 1, updated_at = current_timestamp
    where goals = 'Обща цел: хората с ментални увреждания като активни потребители на компютрите';
update partnership set goals = 'Възпитание на учениците в екокраезнание.',
    version = version + 1, updated_at = current_timestamp
    where goals = 'Обща цел: възпитание на учениците в екокраезнание';

-- Every name a pilot goes by (code, name, aliases) in the form lookups compare (SpellingKey: lower case,
-- '&' read as 'and', '/' and ',' as separators, whitespace collapsed). A key belongs to one pilot only,
-- so "Manchester & Warrington" and "manchester and warrington" cannot name two pilots.
create table pilot_name_key (
    pilot_id uuid not null references pilot (id) on delete cascade,
    name_key text not null,
    primary key (pilot_id, name_key)
);
create unique index pilot_name_key_unique on pilot_name_key (name_key);

-- Pilots registered before this migration: their keys, computed as SpellingKey does.
insert into pilot_name_key (pilot_id, name_key)
select distinct names.pilot_id,
       btrim(regexp_replace(regexp_replace(replace(lower(names.name), '&', ' and '), '[/,]', ' ', 'g'),
                            '[[:space:]]+', ' ', 'g'))
from (select id as pilot_id, code as name from pilot
      union all select id, name from pilot
      union all select pilot_id, alias from pilot_alias) names;

-- The local authority areas a pilot covers, resolved against the register as at the programme date
-- (2009-10-01): the GSS code, register code, name, type and region the area had then.
create table pilot_area (
    pilot_id      uuid not null references pilot (id) on delete cascade,
    register_code text not null,
    gss_code      text,
    name          text not null,
    type          text,
    region        text,
    primary key (pilot_id, register_code)
);

-- Public bodies in the partnerships of the pilots: councils by tier, PCTs, police, fire, GOs, ...
create table partner_body (
    id         uuid        primary key,
    name       text        not null,
    type       text        not null,
    tier       text,
    code       text,
    region     text,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint partner_body_type_known check (type in ('LOCAL_AUTHORITY', 'PRIMARY_CARE_TRUST', 'POLICE_AUTHORITY',
        'FIRE_AND_RESCUE', 'GOVERNMENT_OFFICE', 'CENTRAL_DEPARTMENT_OR_AGENCY', 'THIRD_SECTOR', 'OTHER')),
    constraint partner_body_tier_known check (tier in ('COUNTY', 'DISTRICT', 'UNITARY', 'METROPOLITAN_DISTRICT',
        'LONDON_BOROUGH')),
    -- a tier for every local authority, and for nothing else
    constraint partner_body_tier_of_local_authority check ((type = 'LOCAL_AUTHORITY') = (tier is not null)),
    constraint partner_body_region_known check (region in ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER',
        'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST')),
    -- codes (ONS GSS, NHS ODS, ...) are stored in upper case; optional, but one body per code
    constraint partner_body_code_upper check (code = upper(code))
);
create unique index partner_body_code_unique on partner_body (code);
create index partner_body_name on partner_body (lower(name));

-- The periods in which a body belonged to a pilot; left_on is the last day of membership.
create table pilot_partner_body (
    id         uuid        primary key,
    pilot_id   uuid        not null references pilot (id),
    body_id    uuid        not null references partner_body (id),
    joined_on  date        not null,
    left_on    date,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint pilot_partner_body_period check (left_on is null or left_on >= joined_on)
);
-- at most one open period of a body in a pilot
create unique index pilot_partner_body_current on pilot_partner_body (pilot_id, body_id) where left_on is null;
create index pilot_partner_body_by_body on pilot_partner_body (body_id);

-- People in the roles of a pilot; ends_on is the last day in the role.
create table pilot_role (
    id           uuid        primary key,
    pilot_id     uuid        not null references pilot (id),
    role         text        not null,
    person       text        not null,
    organisation text,
    starts_on    date        not null,
    ends_on      date,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint pilot_role_known check (role in ('PILOT_LEAD', 'GO_LEAD', 'LOCALITY_MANAGER', 'DG_CHAMPION')),
    constraint pilot_role_term check (ends_on is null or ends_on >= starts_on)
);
create index pilot_role_by_pilot on pilot_role (pilot_id, role);

-- Which communities, villages or blocks a constituency covers (谁是我的代表). A constituency with none listed covers
-- everything under its own region (a city deputy's constituency covers the city).
create table constituency_area (
    constituency_id bigint not null references constituency (id),
    region_id       bigint not null references region (id),
    primary key (constituency_id, region_id)
);
create index constituency_area_region on constituency_area (region_id);

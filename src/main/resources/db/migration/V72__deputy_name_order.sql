-- The deputies' league sorted by name reads a page of a region's serving deputies in name order (code points, as the
-- page compares names) from this index, instead of every station's list of the region (a province's 100,016 deputies).
create index deputy_name_order on deputy (name collate "C", id) where active;

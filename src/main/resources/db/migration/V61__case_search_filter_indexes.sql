-- The staff search's narrow filters in a wide scope (a province's or a district's administrator, no words): a block holds
-- about one case in 10,000 and urgent or complex cases are few, so walking the newest cases until a page of them turned
-- up read most of the table (1.0–1.2 s at 1,000,000 cases when none matched). With the time in the index the block's or
-- the class's cases are read newest first, and the search stops at a full page.
create index cases_block_newest on cases (block_id, submitted_at desc, id desc) where block_id is not null;
create index cases_urgency_newest on cases (urgency, submitted_at desc, id desc);

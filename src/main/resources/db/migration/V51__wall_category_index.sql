-- The wall filtered by a category, newest first: its pages (from a link or by number) and its capped count read this
-- index from where the page starts, instead of the whole wall's order with every other category skipped (or a scan of
-- all cases when the category has fewer than the count's cap). The state is in it, so the count and the skipped rows of
-- a page reached by its number need no visit to the table.
create index cases_wall_category on cases (category_id, submitted_at desc, id desc) include (state) where is_public;

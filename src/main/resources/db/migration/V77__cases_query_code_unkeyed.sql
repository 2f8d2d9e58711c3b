-- Every start re-keys the query-code hashes still without the server key (QueryCodeRekeying), before the application
-- reports ready: without an index that look-up read the whole cases table when there were none left, 132 ms at 100,000
-- cases and a scan of all of them at a province's 10,000,000 on each start. Empty once every case is keyed.
create index cases_query_code_unkeyed on cases (id) where not query_code_keyed;

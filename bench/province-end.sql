-- bench/province, the last step: once every table is loaded and indexed (bench/province), the sequences continue after
-- the ids the streams gave, and the generator's own tables and function go.
\set ON_ERROR_STOP on
select setval('cases_id_seq', (select max(id) from cases)), setval('assignment_id_seq', (select max(id) from assignment)),
       setval('case_event_id_seq', (select max(id) from case_event));
drop table bench_city, bench_district, bench_street, bench_community, bench_block, bench_deputy, bench_refs, bench_ddl,
           bench_step, bench_timeline;
drop function bench_cases;
drop table bench_base;
alter table cases reset (autovacuum_enabled);
alter table case_event reset (autovacuum_enabled);
alter table assignment reset (autovacuum_enabled);
alter table case_stage reset (autovacuum_enabled);
alter table stat_case reset (autovacuum_enabled);
alter table stat_assignment reset (autovacuum_enabled);

-- the wall's counts per state, category, deputy and block, made again from the cases (their stream is stored with the
-- trigger that keeps them off; a jar before V65 has none)
\ir wall-count.sql

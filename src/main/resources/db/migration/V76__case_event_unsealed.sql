-- Timelines stored before the server keys (key_id 0) are sealed at each start (TimelineSealing), found through this
-- index instead of by reading every event: at 10,000,000 cases (57 million events) that read ran out of its statement
-- time and the start failed. Nearly empty once sealed.
create index case_event_unsealed on case_event (case_id) where key_id = 0;

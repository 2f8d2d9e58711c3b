-- Lead and co-handlers (主办、协办): a co-handler's assignment names the lead's, to which it reports; a lead's (or a
-- department dispatched alone) names none.
alter table assignment add column lead_assignment_id bigint references assignment (id);
create index assignment_lead on assignment (lead_assignment_id) where lead_assignment_id is not null;

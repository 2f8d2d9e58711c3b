-- The urgency class a category suggests for a new case; the reviewer sets the case's class at review
alter table category add column urgency varchar(16) not null default 'NORMAL';

-- The urgency class of a case (紧急程度): URGENT, NORMAL or COMPLEX (org.mashang.calendar.Urgency); its clocks follow it
alter table cases add column urgency varchar(16) not null default 'NORMAL';

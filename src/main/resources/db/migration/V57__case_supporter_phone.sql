-- /my lists the cases a resident joined (我也反映) with the phone they verified: looked up by that phone.
create index case_supporter_phone on case_supporter (resident_phone) where from_case_id is null and resident_phone is not null;

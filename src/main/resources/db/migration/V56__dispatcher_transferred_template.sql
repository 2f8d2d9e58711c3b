-- A case transferred up a level (本辖区无法解决): the receiving committee's dispatchers are told.
insert into notification_template (template_key, locale, subject, body) values
('dispatcher-transferred', 'zh-CN', '下级转送来的留言',
 '{committee}转送来留言 {ticket}（本辖区无法解决），请及时交办：{link}'),
('dispatcher-transferred', 'en', 'A message was transferred up to you',
 '{committee} transferred message {ticket} up (it cannot be solved there); please dispatch it: {link}')
on conflict do nothing;

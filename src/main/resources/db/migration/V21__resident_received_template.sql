-- The receipt sent to a resident who left a phone (or an email) with a message: the ticket and the tracking link, never
-- the query code.
insert into notification_template (template_key, locale, subject, body) values
('resident-received', 'zh-CN', '您的留言已收到',
 '您的留言已收到，受理编号 {ticket}。凭受理编号和查询码查看办理进度：{link}'),
('resident-received', 'en', 'Your message has been received',
 'Your message has been received: ticket {ticket}. Follow it with the ticket and your query code at {link}')
on conflict do nothing;

-- Module notify: the reviewers' digest of messages due soon (one notice per street and deadline scan instead of one per
-- message; see ReviewsDueSoon), in Chinese and English, editable by administrators like the others.
insert into notification_template (template_key, locale, subject, body) values
('reviews-due-soon', 'zh-CN', '多条留言审核期限即将到期',
 '有 {count} 条留言的审核期限即将到期（最早 {dueAt}），请抓紧审核：{link}'),
('reviews-due-soon', 'en', 'Messages are due for review',
 '{count} messages are due for review soon (the first at {dueAt}): {link}')
on conflict (template_key, locale) do nothing;

-- Asking several people at once, with an optional due date: each request keeps the day it is
-- due and a key shared by the requests asked together (null when one person was asked).
-- Two days before the day, whoever has not answered is reminded: one more kind of notification.
alter table feedback_request add column due_on date;
alter table feedback_request add column ask_key varchar(36);
create index ix_request_open_due on feedback_request (status, due_on);
create index ix_request_ask_key on feedback_request (ask_key);

alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('NEW_FEEDBACK', 'REFLECTION', 'REQUEST', 'MENTEE_OVERDUE', 'RECOGNITION', 'RETROSPECTIVE_DUE',
                    'CLOSING_FEEDBACK_DUE', 'ACCOUNT_TARGETED', 'COMMITMENT_DONE', 'FEEDBACK_EDITED', 'REQUEST_DUE'));

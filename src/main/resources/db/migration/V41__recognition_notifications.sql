-- Being recognised is told to the receiver like feedback is: one more kind of notification.
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('NEW_FEEDBACK', 'REFLECTION', 'REQUEST', 'MENTEE_OVERDUE', 'RECOGNITION'));

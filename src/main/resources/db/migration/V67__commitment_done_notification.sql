-- A commitment marked done by the mentee is told to the others who read the entry: one more
-- kind of notification.
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('NEW_FEEDBACK', 'REFLECTION', 'REQUEST', 'MENTEE_OVERDUE', 'RECOGNITION', 'RETROSPECTIVE_DUE',
                    'CLOSING_FEEDBACK_DUE', 'ACCOUNT_TARGETED', 'COMMITMENT_DONE'));

-- An author's edit of an entry its subject already acknowledged or answered is told to the
-- subject, with a link to the versions: one more kind of notification.
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('NEW_FEEDBACK', 'REFLECTION', 'REQUEST', 'MENTEE_OVERDUE', 'RECOGNITION', 'RETROSPECTIVE_DUE',
                    'CLOSING_FEEDBACK_DUE', 'ACCOUNT_TARGETED', 'COMMITMENT_DONE', 'FEEDBACK_EDITED'));

-- Being recognised, and a project closing, are told like feedback is: three more kinds of
-- notification (recognised; a closed project's retrospective or closing feedback is due).
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind
    check (kind in ('NEW_FEEDBACK', 'REFLECTION', 'REQUEST', 'MENTEE_OVERDUE', 'RECOGNITION', 'RETROSPECTIVE_DUE',
                    'CLOSING_FEEDBACK_DUE'));

-- Scheduled jobs (the daily overdue check, the weekly digest, reminders) run once per schedule
-- across all instances: ShedLock keeps a row per job while one instance runs it.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

-- Where each commitment ("next time I will...") stands, kept beside it so the open ones of a
-- person are found from an index, not by reading all their feedback: OPEN until later feedback
-- on one of its skills follows it up (FOLLOWED_UP) or its writer marks it done (DONE); null on
-- an entry without one.
alter table feedback_entry add column commitment_state varchar(20);
update feedback_entry set commitment_state = case
    when commitment is null then null
    when commitment_closed_at is null then 'OPEN'
    when commitment_done_at is not null then 'DONE'
    else 'FOLLOWED_UP' end;
alter table feedback_entry add constraint ck_feedback_commitment_state
    check (commitment_state in ('OPEN', 'DONE', 'FOLLOWED_UP'));
create index ix_feedback_commitment on feedback_entry (subject_id, commitment_state, commitment_done_at);

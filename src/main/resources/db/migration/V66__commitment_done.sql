-- The mentee marks a commitment ("next time I will...") done, with an optional note on how it
-- went; their manager, mentors and the entry's author see when and what. commitment_closed_at
-- keeps meaning "no longer open": followed up by later feedback on one of its skills, or done.
alter table feedback_entry add column commitment_done_at timestamp with time zone;
alter table feedback_entry add column commitment_note varchar(1000);

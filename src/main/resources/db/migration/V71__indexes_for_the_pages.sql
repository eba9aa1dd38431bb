-- Indexes for what the pages ask at scale (100,000 entries, one person with 5,000), read
-- with EXPLAIN on H2 and PostgreSQL (docs/performance.md, docs/postgres-plans.md). H2 reads
-- an index in its order only when a query sorts by the index's leading columns, so each
-- index here is in the order its query asks for.
-- A history page, newest first: the page is read from the index and stops after 20.
create index ix_feedback_history on feedback_entry (subject_id, observed_on desc, id desc);
-- A writer's last shared feedback to each person they grow (the cadence), newest first.
create index ix_feedback_author_subject on feedback_entry (author_id, subject_id, observed_on desc);
-- A writer's own newest entries: the coach's balance hint and the monthly quality trend.
create index ix_feedback_author_observed on feedback_entry (author_id, observed_on desc, id desc);
-- The reflections of the last weeks on a person's feedback, and on a writer's (the dashboard).
create index ix_feedback_subject_reflected on feedback_entry (subject_id, reflected_at);
create index ix_feedback_author_reflected on feedback_entry (author_id, reflected_at);

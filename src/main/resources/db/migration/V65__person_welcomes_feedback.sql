-- A person may opt in to "anyone may give me feedback": any colleague may then write shared
-- feedback about them (writing never grants reading). Off for everyone until they choose it.
alter table person add column welcomes_feedback boolean not null default false;

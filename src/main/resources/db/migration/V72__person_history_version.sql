-- A counter that moves whenever anything a person's feedback history shows changes (an entry
-- about them written, edited, shared or answered; a project it is on or an author renamed):
-- what the history's totals and charts, kept between requests, are checked against, so every
-- instance sees a change at once.
alter table person add column history_version bigint default 0 not null;

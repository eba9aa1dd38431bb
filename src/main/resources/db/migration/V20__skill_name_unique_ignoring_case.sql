-- Skill names are unique ignoring case ("Diplomacy" and "diplomacy" are one skill).
-- H2 cannot index an expression such as lower(name), so the lower-case form lives in its
-- own column, written by the Skill entity, and carries the unique constraint.
alter table skill add column name_key varchar(200);
update skill set name_key = lower(name);
alter table skill alter column name_key set not null;
alter table skill add constraint uk_skill_name_key unique (name_key);

-- V40 gained project.closed_at after it was released. Databases made by that release (migrated
-- with V40 as it was first written) lack the column: add it where it is missing. Their record
-- of V40 is realigned before migrating (web/MigrationUpgrades), so they start as any other.
alter table project add column if not exists closed_at timestamp with time zone;

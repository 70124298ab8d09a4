-- H2 creates an index for every foreign key that has none when the table is created (CONSTRAINT_INDEX_*),
-- so these explicit single-column indexes, created after their tables, duplicated those and only cost
-- writes and space (measured: about 1 in 5 of the index entries written per case). The composite indexes
-- (violation_agency, event_case, case_incident) serve queries the foreign-key indexes cannot, and stay.
DROP INDEX party_case;
DROP INDEX party_person;
DROP INDEX violation_case;
DROP INDEX violation_officer;
DROP INDEX violation_provision;
DROP INDEX filing_case;

-- Schema version 4: a fact's date as its first and last day (see ../004_fact_periods.sql).
ALTER TABLE facts ADD COLUMN date_start TEXT;
ALTER TABLE facts ADD COLUMN date_end TEXT;
CREATE INDEX facts_date_start ON facts(date_start);

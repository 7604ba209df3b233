-- Schema version 4: a fact's date is a period as precise as the text gives it, kept as its
-- first and last day beside its value ('2025-Q3' is 2025-07-01 .. 2025-09-30), so that a
-- quarter, a season or a week is never rounded to one of its days and can be compared with
-- other dates.
ALTER TABLE facts ADD COLUMN date_start TEXT;
ALTER TABLE facts ADD COLUMN date_end TEXT;
UPDATE facts SET date_start = CASE length(date)
        WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END,
    date_end = CASE length(date)
        WHEN 4 THEN date || '-12-31' WHEN 10 THEN date ELSE date || '-28' END
    WHERE date IS NOT NULL AND date GLOB '[0-9][0-9][0-9][0-9]*';
CREATE INDEX facts_date_start ON facts(date_start);

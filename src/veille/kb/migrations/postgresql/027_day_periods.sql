-- Schema version 27, as on SQLite (../027_day_periods.sql): a fact dated by a day keeps NULL for
-- its first and last day, which are its date; '' when a date names no period.
UPDATE facts SET
    date_start = CASE WHEN date_start = date THEN NULL ELSE coalesce(date_start, '') END,
    date_end = CASE WHEN date_end = date THEN NULL ELSE coalesce(date_end, '') END
    WHERE date IS NOT NULL;

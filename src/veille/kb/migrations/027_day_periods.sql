-- Schema version 27: a fact dated by a day keeps no first and last day beside its date, which
-- they repeat (85 % of the facts, 20 bytes each: 0.2 kB a document; benchmarks/store_size.py).
-- date_start and date_end hold NULL when they are the date, '' when a date names no period (a
-- value date_range cannot read), the day otherwise; a fact without a date keeps NULL.
-- kb/store.py `period_start` and `period_end` read them back (coalesced with the date) in every
-- query, `fact_period` in Python, `stored_period` writes them. No index holds them.
UPDATE facts SET
    date_start = CASE WHEN date_start = date THEN NULL ELSE coalesce(date_start, '') END,
    date_end = CASE WHEN date_end = date THEN NULL ELSE coalesce(date_end, '') END
    WHERE date IS NOT NULL;

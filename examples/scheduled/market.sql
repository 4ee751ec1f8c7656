-- The example market: a table of AI chip makers' share prices, created once, moved on each run.
CREATE TABLE IF NOT EXISTS quote (company VARCHAR(40) PRIMARY KEY, price DECIMAL(12, 2), week INT);
MERGE INTO quote KEY (company) SELECT * FROM (VALUES
  ('Cambricon', 520.00, 0), ('Hygon', 140.00, 0), ('SMIC', 80.00, 0), ('Moore Threads', 95.00, 0)) AS v(company, price, week)
  WHERE NOT EXISTS (SELECT 1 FROM quote);
-- Each run: prices move by a few percent, differently per company and week.
UPDATE quote SET week = week + 1,
  price = ROUND(price * (1 + (MOD(ABS(ORA_HASH(company || (week + 1))), 11) - 5) / 100.0), 2);

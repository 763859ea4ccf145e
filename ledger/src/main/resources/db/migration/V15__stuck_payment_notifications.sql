-- A notification that stays pending (a refund whose payment never arrives, a reference that keeps
-- failing) is handed to a person once; the time it was handed over is kept so it happens once.
alter table payment_notification add column escalated_at timestamptz;

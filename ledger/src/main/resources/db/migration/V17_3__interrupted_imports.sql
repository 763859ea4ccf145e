-- An import that was running when the application stopped is marked INTERRUPTED (its committed
-- batches stay) until a person resumes it from its kept upload or DISCARDS the rest. A running
-- import beats a heartbeat with every batch, so one whose heartbeat stopped is known to be dead.
alter table import_batch drop constraint import_batch_status_check;
alter table import_batch add constraint import_batch_status_check
    check (status in ('RUNNING', 'INTERRUPTED', 'COMPLETED', 'FAILED', 'DISCARDED'));
alter table import_batch add column heartbeat_at timestamptz not null default now();
-- the staged upload a page import reads, kept on disk until the import ends; null for API imports
alter table import_batch add column upload_id uuid;
create index import_batch_running_idx on import_batch (heartbeat_at) where status = 'RUNNING';

-- The transactional outbox between the ledger and the workflows: a fact a case's workflow must
-- learn is written here in the transaction that records the fact, and a relay delivers the rows
-- to Temporal in order per invoice until Temporal has them.
create table workflow_event (
    id              bigserial primary key,
    invoice_id      bigint not null references invoice (id),
    kind            text not null check (kind in ('INVOICE_CHANGED', 'REPLY', 'PROMISE', 'DISPUTE', 'POLICY_CHANGED')),
    payload         text,
    recorded_at     timestamptz not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    outcome         text
);
create index workflow_event_pending_idx on workflow_event (invoice_id, id) where delivered_at is null;
create index workflow_event_due_idx on workflow_event (next_attempt_at, id) where delivered_at is null;
create index workflow_event_policy_idx on workflow_event (payload, recorded_at) where kind = 'POLICY_CHANGED';

-- How often the case's policy changed as its workflow took it: part of its touch keys, so a
-- case resumed after its workflow was lost keys its touches as before.
alter table collection_case add column policy_generation int not null default 0;

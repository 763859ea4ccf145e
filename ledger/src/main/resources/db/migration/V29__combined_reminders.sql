-- Combined reminders: how each policy's touches reach a customer (each invoice's on its own, or
-- combined per customer over a window), and the combined messages a customer's correspondence
-- drafts, gets decided and sends.
create table policy_combining (
    -- a cadence policy's name, "default" included (which may have no cadence_policy row)
    policy         text primary key,
    mode           text not null check (mode in ('PER_INVOICE', 'PER_CUSTOMER')),
    -- how long a due touch waits for its siblings; null for the rest of the customer's business day
    window_minutes int check (window_minutes > 0),
    also_open      boolean not null default false,
    updated_at     timestamptz not null default now(),
    updated_by     text not null
);

-- A policy without a row combines per customer (the default of a new installation). An
-- installation that already has invoices or policies keeps sending per invoice: every policy it
-- has, and "default", get a PER_INVOICE row here.
insert into policy_combining (policy, mode, updated_by)
select name, 'PER_INVOICE', 'migration' from cadence_policy
union
select 'default', 'PER_INVOICE', 'migration'
 where exists (select 1 from invoice) or exists (select 1 from cadence_policy);

create table combined_message (
    -- correspondence-<customer id>/<sha-256 of the touch keys>: also the outbox's idempotency key
    message_key     text primary key,
    customer_id     bigint not null references customer (id),
    status          text not null check (status in ('DRAFTED', 'APPROVED', 'SKIPPED', 'DISCARDED', 'SENT', 'NOT_SENT')),
    subject         text not null,
    body            text not null,
    channel         text not null,
    touch_keys      text[] not null,
    case_ids        bigint[] not null,
    invoice_numbers text[] not null,
    drafted_at      timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    settled_at      timestamptz,
    detail          text
);
create index combined_message_drafted_idx on combined_message (drafted_at) where status = 'DRAFTED';
create index combined_message_cases_idx on combined_message using gin (case_ids);

-- The combined message has its own wording per tone, editable like the others.
alter table message_template drop constraint message_template_step_check;
alter table message_template add constraint message_template_step_check
    check (step in ('PRE_DUE', 'DUE', 'OVERDUE', 'FINAL_NOTICE', 'PROMISE_BROKEN', 'PLAN_REMINDER', 'INSTALMENT_MISSED', 'COMBINED'));

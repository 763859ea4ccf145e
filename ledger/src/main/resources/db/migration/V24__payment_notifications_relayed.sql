-- A verified payment notification is answered once stored; the relay applies it. Its event
-- belongs to no single invoice (one payment may name several, or none Recoup knows).
alter table workflow_event alter column invoice_id drop not null;
alter table workflow_event drop constraint workflow_event_kind_check;
alter table workflow_event add constraint workflow_event_kind_check
    check (kind in ('INVOICE_CHANGED', 'REPLY', 'PROMISE', 'DISPUTE', 'POLICY_CHANGED', 'PAYMENT_NOTIFICATION'));

-- Thank-you and receipt messages go through the outbox with reminders, but only reminders are
-- refused at send time for a paid or closed case.
alter table outbox_message add column kind text not null default 'REMINDER'
    check (kind in ('REMINDER', 'THANK_YOU', 'RECEIPT'));

-- Whether customers on a cadence policy are thanked when an invoice is paid in full. A policy
-- without a row thanks them (the default).
create table policy_thanks (
    -- a cadence policy's name, "default" included (which may have no cadence_policy row)
    policy          text primary key,
    thank_when_paid boolean not null,
    updated_at      timestamptz not null default now(),
    updated_by      text not null
);

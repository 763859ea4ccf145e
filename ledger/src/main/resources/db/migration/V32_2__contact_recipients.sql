-- Several recipients: besides the primary (billing) contact, who always receives email reminders,
-- each contact may be marked to receive them ("TO") or a copy ("CC").
alter table customer_contact add column reminders text not null default 'NONE'
    check (reminders in ('TO', 'CC', 'NONE'));

-- One outbox row per message keeps all of its recipients: "recipient" the To addresses, "cc" the
-- copies (comma-separated, as in the headers).
alter table outbox_message add column cc text;

-- Thank-you and receipt messages go through the outbox with reminders, but only reminders are
-- refused at send time for a paid or closed case.
alter table outbox_message add column kind text not null default 'REMINDER'
    check (kind in ('REMINDER', 'THANK_YOU', 'RECEIPT'));

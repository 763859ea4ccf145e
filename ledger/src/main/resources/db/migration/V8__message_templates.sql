-- The wording of reminders as an admin edited it, per tone and step. Every save is a new row, so
-- the history shows who changed what and when; the newest row wins. A row without wording is a
-- "reset to default": drafting goes back to the templates shipped with the application.
create table message_template (
    id        bigserial primary key,
    tone      text not null check (tone in ('FRIENDLY', 'NEUTRAL', 'FIRM')),
    step      text not null check (step in ('PRE_DUE', 'DUE', 'OVERDUE', 'FINAL_NOTICE')),
    subject   text,
    body      text,
    sms       text,
    saved_by  text not null,
    saved_at  timestamptz not null default now(),
    check ((subject is null and body is null and sms is null)
        or (subject is not null and body is not null and sms is not null))
);
create index message_template_latest_idx on message_template (tone, step, id desc);

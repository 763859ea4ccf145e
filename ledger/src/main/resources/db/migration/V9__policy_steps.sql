-- How each step of a policy words and sends its reminder, by the step's offset (like its late fee).
-- A step without a row here drafts the customer's way: preferred channel, customer's tone, the
-- template its position gives, approval as the review period says.
create table cadence_policy_step (
    policy         text not null references cadence_policy (name) on delete cascade,
    offset_days    int not null,
    channel        text not null check (channel in ('PREFERRED', 'EMAIL', 'SMS')),
    tone           text not null check (tone in ('CUSTOMER', 'FRIENDLY', 'NEUTRAL', 'FIRM')),
    template       text not null check (template in ('BY_POSITION', 'PRE_DUE', 'DUE', 'OVERDUE', 'FINAL_NOTICE')),
    needs_approval boolean not null default false,
    primary key (policy, offset_days)
);

-- A policy's generation: every save is a new version, shown in the cadence editor.
alter table cadence_policy add column version int not null default 1;

-- The touch that follows a broken promise has its own wording, editable like the others.
alter table message_template drop constraint message_template_step_check;
alter table message_template add constraint message_template_step_check
    check (step in ('PRE_DUE', 'DUE', 'OVERDUE', 'FINAL_NOTICE', 'PROMISE_BROKEN'));

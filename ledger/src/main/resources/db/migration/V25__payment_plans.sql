-- A payment plan splits what a case owes into instalments, in place of its cadence while it runs.
-- Proposed by a collector (agreed at once) or requested by the customer in the portal (a person
-- approves or declines it). A case runs at most one plan at a time.
create table payment_plan (
    id                   bigserial primary key,
    case_id              bigint not null references collection_case (id),
    status               text not null check (status in ('REQUESTED', 'ACTIVE', 'KEPT', 'BROKEN', 'CANCELLED', 'DECLINED')),
    currency             char(3) not null,
    total                numeric(19, 4) not null check (total > 0),
    note                 text not null default '',
    proposed_by          text not null,
    agreed_by            text,
    instalments_paid     int not null default 0,
    missed_instalment    int,
    reminder_days_before int not null check (reminder_days_before >= 0),
    grace_days           int not null check (grace_days >= 0),
    make_good_days       int not null check (make_good_days > 0),
    created_at           timestamptz not null,
    agreed_at            timestamptz,
    ended_at             timestamptz
);
create unique index payment_plan_one_running_uq on payment_plan (case_id) where status in ('REQUESTED', 'ACTIVE');
create index payment_plan_case_idx on payment_plan (case_id, id);

create table payment_plan_instalment (
    plan_id  bigint not null references payment_plan (id) on delete cascade,
    number   int not null check (number > 0),
    due_date date not null,
    amount   numeric(19, 4) not null check (amount > 0),
    primary key (plan_id, number)
);

-- Plan reminders and missed-instalment notices have their own wording, editable like the others.
alter table message_template drop constraint message_template_step_check;
alter table message_template add constraint message_template_step_check
    check (step in ('PRE_DUE', 'DUE', 'OVERDUE', 'FINAL_NOTICE', 'PROMISE_BROKEN', 'PLAN_REMINDER', 'INSTALMENT_MISSED'));

-- What people write on a case: free notes, and the calls they made with what came of them.
create table case_note (
    id         bigserial primary key,
    case_id    bigint not null references collection_case (id),
    author     text not null,
    body       text not null,
    created_at timestamptz not null
);
create index case_note_case_idx on case_note (case_id, created_at);

create table call_log (
    id               bigserial primary key,
    case_id          bigint not null references collection_case (id),
    author           text not null,
    contact_name     text not null,
    contact_number   text,
    outcome          text not null check (outcome in ('PROMISED', 'DISPUTED', 'NO_ANSWER', 'WRONG_CONTACT', 'OTHER')),
    summary          text,
    -- the customer's calendar day the author acts on the case next; a follow-up task is due then
    next_action_date date,
    called_at        timestamptz not null
);
create index call_log_case_idx on call_log (case_id, called_at);

-- A step of a policy a person does instead of a message (a call, a letter, an escalation), by the
-- step's offset like its message and fee; the case waits for the person's task to be done.
create table cadence_policy_manual_step (
    policy           text not null references cadence_policy (name) on delete cascade,
    offset_days      int not null,
    action           text not null check (action in ('CALL', 'LETTER', 'ESCALATE_TO_ACCOUNT_MANAGER')),
    -- the user the task goes to; null: the case's assignee (or whoever picks it up)
    assignee         text,
    days_to_complete int not null check (days_to_complete between 1 and 60),
    primary key (policy, offset_days)
);

-- Completing a manual step's task reaches its case through the relay like other human actions.
alter table workflow_event drop constraint workflow_event_kind_check;
alter table workflow_event add constraint workflow_event_kind_check
    check (kind in ('INVOICE_CHANGED', 'REPLY', 'PROMISE', 'DISPUTE', 'POLICY_CHANGED', 'PAYMENT_NOTIFICATION',
                    'MANUAL_STEP_DONE'));

-- The books. Money is numeric(19,4) beside an ISO 4217 currency code; instants are timestamptz.

create table app_user (
    id            bigserial primary key,
    email         text not null,
    password_hash text not null,
    role          text not null check (role in ('ADMIN', 'COLLECTOR', 'VIEWER')),
    created_at    timestamptz not null default now()
);
create unique index app_user_email_uq on app_user (lower(email));

create table customer (
    id                       bigserial primary key,
    name                     text not null,
    time_zone                text not null default 'UTC',
    preferred_channel        text not null default 'EMAIL' check (preferred_channel in ('EMAIL', 'SMS')),
    tone                     text not null default 'FRIENDLY' check (tone in ('FRIENDLY', 'NEUTRAL', 'FIRM')),
    segment                  text not null default 'default',
    excluded_from_automation boolean not null default false,
    trusted_for_auto_send    boolean not null default false,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    version                  bigint not null default 0
);
create unique index customer_name_uq on customer (lower(name));
create index customer_segment_idx on customer (segment);

create table customer_contact (
    id          bigserial primary key,
    customer_id bigint not null references customer (id) on delete cascade,
    position    int not null,
    name        text,
    email       text,
    phone       text,
    billing     boolean not null default true
);
create index customer_contact_customer_idx on customer_contact (customer_id);
create index customer_contact_email_idx on customer_contact (lower(email));

create table invoice (
    id            bigserial primary key,
    number        text not null,
    customer_id   bigint not null references customer (id),
    currency      char(3) not null,
    total         numeric(19, 4) not null check (total >= 0),
    amount_paid   numeric(19, 4) not null default 0 check (amount_paid >= 0),
    fees          numeric(19, 4) not null default 0 check (fees >= 0),
    balance       numeric(19, 4) generated always as (total + fees - amount_paid) stored,
    issue_date    date not null,
    due_date      date not null,
    po_reference  text,
    status        text not null default 'OPEN' check (status in ('OPEN', 'PAID', 'VOID', 'WRITTEN_OFF')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint not null default 0,
    check (due_date >= issue_date)
);
create unique index invoice_number_uq on invoice (number);
create index invoice_customer_idx on invoice (customer_id);
create index invoice_open_due_idx on invoice (due_date) where status = 'OPEN';

create table payment (
    id          bigserial primary key,
    invoice_id  bigint not null references invoice (id),
    amount      numeric(19, 4) not null check (amount > 0),
    currency    char(3) not null,
    received_at timestamptz not null,
    source      text not null,
    external_id text,
    created_at  timestamptz not null default now()
);
create index payment_invoice_idx on payment (invoice_id);
create unique index payment_external_uq on payment (source, external_id) where external_id is not null;

create table collection_case (
    id            bigserial primary key,
    invoice_id    bigint not null references invoice (id),
    workflow_id   text not null,
    status        text not null default 'OPEN' check (status in ('OPEN', 'PAUSED', 'CLOSED')),
    current_step  int not null default 0,
    next_touch_at timestamptz,
    pause_reason  text,
    close_reason  text,
    assignee      text,
    opened_at     timestamptz not null default now(),
    closed_at     timestamptz,
    version       bigint not null default 0
);
create unique index collection_case_invoice_uq on collection_case (invoice_id);
create unique index collection_case_workflow_uq on collection_case (workflow_id);
create index collection_case_queue_idx on collection_case (status, next_touch_at) where status <> 'CLOSED';
create index collection_case_assignee_idx on collection_case (assignee, status);

create table touch (
    id              bigserial primary key,
    case_id         bigint not null references collection_case (id),
    step            int not null,
    channel         text not null,
    status          text not null check (status in ('PLANNED', 'DRAFTED', 'APPROVED', 'SENT', 'SKIPPED', 'FAILED')),
    idempotency_key text not null,
    planned_at      timestamptz not null,
    drafted_at      timestamptz,
    approved_at     timestamptz,
    approved_by     text,
    sent_at         timestamptz,
    subject         text,
    body            text
);
create unique index touch_idempotency_uq on touch (idempotency_key);
create index touch_case_idx on touch (case_id, step);
create index touch_status_idx on touch (status) where status in ('DRAFTED', 'APPROVED');

create table timeline_event (
    id          bigserial primary key,
    case_id     bigint not null references collection_case (id),
    occurred_at timestamptz not null default now(),
    actor       text not null,
    type        text not null,
    details     text not null default '',
    dedup_key   text
);
create index timeline_event_case_idx on timeline_event (case_id, occurred_at, id);
create unique index timeline_event_dedup_uq on timeline_event (dedup_key) where dedup_key is not null;

-- The timeline is append-only: history is never rewritten.
create function timeline_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'timeline_event is append-only';
end;
$$;
create trigger timeline_event_no_update before update or delete on timeline_event
    for each row execute function timeline_event_append_only();

create table human_task (
    id           bigserial primary key,
    case_id      bigint references collection_case (id),
    kind         text not null,
    title        text not null,
    status       text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    assignee     text,
    due_at       timestamptz,
    decision     text,
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    completed_by text
);
create index human_task_open_idx on human_task (status, due_at);
create index human_task_case_idx on human_task (case_id);

create table import_batch (
    id          uuid primary key,
    filename    text,
    format      text,
    status      text not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    imported    int not null default 0,
    updated     int not null default 0,
    unchanged   int not null default 0,
    rejected    int not null default 0,
    failure     text,
    created_by  text,
    started_at  timestamptz not null default now(),
    finished_at timestamptz
);

create table import_error (
    id        bigserial primary key,
    import_id uuid not null references import_batch (id) on delete cascade,
    row_no    bigint not null,
    field     text,
    message   text not null
);
create index import_error_import_idx on import_error (import_id, row_no);

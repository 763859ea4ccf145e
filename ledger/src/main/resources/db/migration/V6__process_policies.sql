-- Cadence policies as data: one per segment (the segment's name is the policy's name; "default"
-- applies where no other does), and per-customer overrides naming another policy. A case copies
-- its policy when it starts; a change reaches running cases by signal.
create table cadence_policy (
    name         text primary key,
    offsets      int[] not null check (cardinality(offsets) > 0),
    touch_time   time not null default '09:00',
    -- rollout option: no reminders before the due date
    overdue_only boolean not null default false,
    updated_at   timestamptz not null default now(),
    updated_by   text not null
);

create table customer_cadence_policy (
    customer_id bigint primary key references customer (id) on delete cascade,
    policy      text not null references cadence_policy (name)
);

-- A policy step's late fee, by the step's offset.
create table cadence_policy_fee (
    policy      text not null references cadence_policy (name) on delete cascade,
    offset_days int not null,
    kind        text not null check (kind in ('FIXED', 'PERCENT_OF_BALANCE', 'STATUTORY_INTEREST')),
    value       numeric(19, 4) not null check (value > 0),
    cap         numeric(19, 4) check (cap > 0),
    primary key (policy, offset_days)
);

-- Late fees posted on cases: at most one per step (its touch key); the invoice's fees column holds
-- the sum of those not waived.
create table late_fee (
    id              bigserial primary key,
    case_id         bigint not null references collection_case (id),
    invoice_id      bigint not null references invoice (id),
    idempotency_key text not null unique,
    kind            text not null,
    amount          numeric(19, 4) not null check (amount >= 0),
    currency        char(3) not null,
    posted_at       timestamptz not null default now(),
    waived_at       timestamptz,
    waived_by       text,
    waive_reason    text
);
create index late_fee_case_idx on late_fee (case_id);

-- One touch a day per customer, across all their cases: a touch claims its customer-local day
-- before it is drafted.
create table customer_touch_day (
    customer_id     bigint not null references customer (id) on delete cascade,
    day             date not null,
    idempotency_key text not null unique,
    primary key (customer_id, day)
);

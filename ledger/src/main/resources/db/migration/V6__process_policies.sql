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

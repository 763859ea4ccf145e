-- Outbound webhooks: endpoints admins register, one delivery per endpoint per event (written in
-- the transaction that recorded the event), and each attempt at it.
create table webhook_endpoint (
    id                   bigserial primary key,
    url                  text not null,
    description          text not null default '',
    -- the Standard Webhooks signing secret (whsec_ + base64); signing needs it in the clear
    secret               text not null,
    event_types          text[] not null,
    enabled              boolean not null default true,
    disabled_reason      text,
    consecutive_failures integer not null default 0,
    failing_since        timestamptz,
    created_at           timestamptz not null,
    created_by           text not null
);

create table webhook_delivery (
    id               bigserial primary key,
    endpoint_id      bigint not null references webhook_endpoint (id) on delete cascade,
    -- the webhook-id header: the same on every attempt and replay
    message_id       text not null,
    event_type       text not null,
    -- the exact body signed and sent, every time
    payload          text not null,
    created_at       timestamptz not null,
    status           text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED')),
    attempts         integer not null default 0,
    -- null: due at once (never tried, or replayed)
    next_attempt_at  timestamptz,
    leased_until     timestamptz,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       text,
    unique (endpoint_id, message_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at nulls first, id) where status = 'PENDING';
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, id);

create table webhook_attempt (
    id              bigserial primary key,
    delivery_id     bigint not null references webhook_delivery (id) on delete cascade,
    attempted_at    timestamptz not null,
    status_code     integer,
    latency_ms      bigint not null,
    error           text,
    next_attempt_at timestamptz
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);

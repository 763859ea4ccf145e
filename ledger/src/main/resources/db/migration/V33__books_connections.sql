-- Live connections to accounting systems (QuickBooks Online, Xero): one per vendor, its grant
-- sealed with AES-GCM by the application (the key is configuration, never in the database), the
-- cursor of its incremental pull, and what its last sync did.
create table books_connection (
    vendor               text primary key check (vendor in ('QUICKBOOKS', 'XERO')),
    status               text not null check (status in ('CONNECTED', 'DISCONNECTED')),
    tenant_id            text,
    sealed_tokens        bytea,
    access_expires_at    timestamptz,
    refresh_expires_at   timestamptz,
    pull_cursor          text,
    late_fees            text not null default 'OFF'
        check (late_fees in ('OFF', 'INVOICE_LINE', 'SEPARATE_INVOICE')),
    connected_at         timestamptz,
    connected_by         text,
    disconnected_at      timestamptz,
    disconnect_reason    text,
    last_sync_started_at timestamptz,
    last_sync_at         timestamptz,
    last_sync_outcome    text,
    check (status = 'DISCONNECTED' or sealed_tokens is not null)
);

-- The OAuth state parameters handed out and not yet brought back (one use each).
create table books_oauth_state (
    state      text primary key,
    vendor     text not null,
    created_by text not null,
    expires_at timestamptz not null
);

-- One row per payment (or late fee) written back to a vendor: claimed before the first attempt,
-- so every retry uses the same idempotency key and a pushed one is never pushed again.
create table books_push (
    id              bigserial primary key,
    vendor          text not null,
    payment_id      bigint references payment (id),
    late_fee_id     bigint references late_fee (id),
    idempotency_key text not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'PUSHED', 'FAILED')),
    external_id     text,
    attempts        int not null default 0,
    last_error      text,
    claimed_at      timestamptz not null,
    pushed_at       timestamptz,
    check ((payment_id is null) <> (late_fee_id is null))
);
create unique index books_push_key_uq on books_push (vendor, idempotency_key);

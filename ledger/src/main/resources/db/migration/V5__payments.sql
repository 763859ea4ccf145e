-- Payments as they arrive (every notification body, verbatim), what cash application made of
-- them, and what it could not place (the exception queue a person works through).

create table payment_notification (
    id                 bigserial primary key,
    source             text not null,
    external_id        text,
    body               text not null,
    body_sha256        text not null,
    signature_verified boolean not null,
    status             text not null default 'PENDING'
        check (status in ('PENDING', 'PROCESSED', 'EXCEPTION', 'IGNORED')),
    outcome            text,
    deliveries         int not null default 1,
    received_at        timestamptz not null default now(),
    processed_at       timestamptz
);
-- A redelivery of the same body is the same notification; the same external id with another body
-- is kept too, and cash application reports it as a duplicate.
create unique index payment_notification_delivery_uq
    on payment_notification (source, external_id, body_sha256)
    where signature_verified and external_id is not null;
create index payment_notification_pending_idx on payment_notification (received_at) where status = 'PENDING';

-- One row per payment a processor reported, claimed before any of its money is applied: the same
-- payment reported by several notifications (Stripe sends several events per payment) counts once.
create table payment_receipt (
    id              bigserial primary key,
    source          text not null,
    external_id     text not null,
    notification_id bigint not null references payment_notification (id),
    amount          numeric(19, 4) not null,
    currency        char(3) not null,
    received_at     timestamptz not null,
    refunded        numeric(19, 4) not null default 0 check (refunded >= 0)
);
create unique index payment_receipt_external_uq on payment_receipt (source, external_id);

-- One receipt may pay several invoices, so the payment rows of a receipt share its external id.
drop index payment_external_uq;
alter table payment add column receipt_id bigint references payment_receipt (id);
alter table payment add column refunded numeric(19, 4) not null default 0 check (refunded >= 0);
create unique index payment_external_uq on payment (source, external_id, invoice_id) where external_id is not null;
create index payment_receipt_idx on payment (receipt_id);

create table payment_exception (
    id              bigserial primary key,
    notification_id bigint references payment_notification (id),
    receipt_id      bigint references payment_receipt (id),
    customer_id     bigint references customer (id),
    invoice_id      bigint references invoice (id),
    reason          text not null check (reason in
        ('SHORT_PAY', 'OVERPAY', 'UNKNOWN_REFERENCE', 'DUPLICATE', 'CURRENCY_MISMATCH', 'CHARGEBACK')),
    amount          numeric(19, 4) not null check (amount > 0),
    currency        char(3) not null,
    reference       text,
    details         text not null default '',
    status          text not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolution      text check (resolution in ('APPLY', 'REFUND', 'CREDIT', 'REVERSE', 'DISMISS')),
    resolved_note   text,
    resolved_by     text,
    resolved_at     timestamptz,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create index payment_exception_open_idx on payment_exception (status, created_at);
create index payment_exception_customer_idx on payment_exception (customer_id, status);

-- Unapplied cash a person chose to keep for the customer.
create table customer_credit (
    id           bigserial primary key,
    customer_id  bigint not null references customer (id),
    amount       numeric(19, 4) not null,
    currency     char(3) not null,
    exception_id bigint references payment_exception (id),
    note         text,
    created_at   timestamptz not null default now()
);
create index customer_credit_customer_idx on customer_credit (customer_id, currency);

-- The customer portal: revoked links, and what customers said through it.
create table portal_token_revocation (
    token_id    text primary key,
    customer_id bigint not null references customer (id),
    revoked_at  timestamptz not null default now(),
    revoked_by  text
);

create table promise_to_pay (
    id            bigserial primary key,
    invoice_id    bigint not null references invoice (id),
    customer_id   bigint not null references customer (id),
    promised_date date not null,
    amount        numeric(19, 4) check (amount > 0),
    currency      char(3) not null,
    token_id      text,
    created_at    timestamptz not null default now()
);
create index promise_to_pay_invoice_idx on promise_to_pay (invoice_id, created_at);

create table invoice_dispute (
    id          bigserial primary key,
    invoice_id  bigint not null references invoice (id),
    customer_id bigint not null references customer (id),
    reason      text not null check (reason in ('NOT_RECEIVED', 'WRONG_AMOUNT', 'ALREADY_PAID', 'QUALITY', 'OTHER')),
    message     text not null default '',
    status      text not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    token_id    text,
    created_at  timestamptz not null default now()
);
create index invoice_dispute_invoice_idx on invoice_dispute (invoice_id, status);

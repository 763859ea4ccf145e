-- Credit the customer was given against an invoice (credit notes, credit applied from the
-- customer's account): it lowers the balance like a payment, and is kept apart from money received.
alter table invoice add column amount_credited numeric(19, 4) not null default 0
    check (amount_credited >= 0);
alter table invoice alter column balance set expression as (total + fees - amount_paid - amount_credited);

-- Credit notes: imported from the invoicing tool, or issued when a dispute was resolved. One that
-- names an invoice (applies_to) is applied to it up to its balance; the rest, and one that names no
-- invoice, is customer credit (customer_credit).
create table credit_note (
    id              bigserial primary key,
    number          text not null,
    customer_id     bigint not null references customer (id),
    currency        char(3) not null,
    amount          numeric(19, 4) not null check (amount > 0),
    issue_date      date not null,
    applies_to      bigint references invoice (id),
    origin          text not null check (origin in ('IMPORT', 'DISPUTE')),
    note            text,
    created_at      timestamptz not null default now()
);
create unique index credit_note_number_uq on credit_note (number);
create index credit_note_customer_idx on credit_note (customer_id);

-- Every credit that lowered an invoice's balance, from a credit note or the customer's credit.
create table credit_application (
    id              bigserial primary key,
    invoice_id      bigint not null references invoice (id),
    customer_id     bigint not null references customer (id),
    currency        char(3) not null,
    amount          numeric(19, 4) not null check (amount > 0),
    credit_note_id  bigint references credit_note (id),
    applied_by      text not null,
    idempotency_key text not null,
    applied_at      timestamptz not null default now()
);
create unique index credit_application_key_uq on credit_application (idempotency_key);
create index credit_application_invoice_idx on credit_application (invoice_id);

-- The customer's credit account: rows above zero add credit (an overpayment kept, a credit note's
-- unapplied part), rows below zero draw it (credit applied to an invoice).
alter table customer_credit add column credit_note_id bigint references credit_note (id);
alter table customer_credit add column invoice_id bigint references invoice (id);

-- Whether the movement that settled the invoice was a credit: its case then closes as CREDITED.
alter table invoice add column settled_by_credit boolean not null default false;

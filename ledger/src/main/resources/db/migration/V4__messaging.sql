-- Channels: every send goes through one outbox row keyed by the touch's idempotency key, so a
-- retried or repeated send finds the row and does not deliver again.

create table outbox_message (
    id              bigserial primary key,
    idempotency_key text not null,
    case_id         bigint references collection_case (id),
    channel         text not null check (channel in ('EMAIL', 'SMS')),
    recipient       text not null,
    subject         text,
    html            text,
    text_body       text not null,
    message_id      text,
    status          text not null default 'PENDING'
        check (status in ('PENDING', 'SENT', 'FAILED', 'UNCONFIRMED', 'CANCELLED')),
    -- set while a delivery attempt is between "about to call the provider" and its acknowledgement
    sending_since   timestamptz,
    attempts        int not null default 0,
    provider_id     text,
    delivery_status text,
    last_error      text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create unique index outbox_message_key_uq on outbox_message (idempotency_key);
create unique index outbox_message_message_id_uq on outbox_message (message_id) where message_id is not null;
create unique index outbox_message_provider_uq on outbox_message (channel, provider_id) where provider_id is not null;
create index outbox_message_newest_idx on outbox_message (created_at desc, id desc);
create index outbox_message_case_idx on outbox_message (case_id, id);

-- Numbers that answered STOP: no SMS goes to them again until they answer START.
create table sms_opt_out (
    phone       text primary key,
    opted_out_at timestamptz not null default now(),
    source      text not null
);

-- Every inbound message (email Message-ID or Twilio MessageSid) is recorded once, so a poller
-- restart or a webhook redelivery never records a reply twice.
create table inbound_message (
    external_id    text primary key,
    channel        text not null check (channel in ('EMAIL', 'SMS')),
    sender         text,
    subject        text,
    classification text not null check (classification in ('REPLY', 'AUTO_REPLY', 'BOUNCE', 'OPT_OUT', 'OPT_IN', 'UNMATCHED')),
    case_id        bigint references collection_case (id),
    excerpt        text,
    received_at    timestamptz not null default now()
);
create index inbound_message_case_idx on inbound_message (case_id, received_at);

-- A hard bounce marks the address so people see it before the next reminder.
alter table customer_contact add column email_bounced_at timestamptz;

-- People and permissions: an admin can disable an account without deleting who did what.
alter table app_user add column disabled boolean not null default false;

-- Personal API tokens. Only a SHA-256 of the token is kept: tokens are 256 random bits, so a fast
-- hash is enough and lets a request find its token by equality.
create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user (id),
    name         text not null,
    token_hash   text not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_user_idx on api_token (user_id, created_at);

-- The queue reads only open cases: a partial index holds exactly those, with what it filters on.
create index collection_case_open_idx on collection_case (invoice_id) include (status, assignee)
    where status <> 'CLOSED';
-- customer filter: a case-insensitive name prefix
create index customer_name_prefix_idx on customer (lower(name) text_pattern_ops);
-- replies and promises decide which cases come first
create index inbound_message_reply_idx on inbound_message (case_id, received_at)
    where classification = 'REPLY';
create index promise_to_pay_date_idx on promise_to_pay (invoice_id, promised_date);

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

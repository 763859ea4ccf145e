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

-- The queue: most pressing first means balance x days overdue, which changes every day. It is
-- kept on the case (set when the case opens and whenever the invoice's amount or due date changes,
-- re-scored each night by the application) so the queue reads open cases in index order and stops
-- after one page instead of sorting every open case on every request.
create function case_urgency(balance numeric, due_date date) returns numeric language sql stable
    as $$ select balance * greatest(current_date - due_date, 1) $$;

alter table collection_case add column urgency numeric not null default 0;
update collection_case k set urgency = case_urgency(i.balance, i.due_date)
  from invoice i where i.id = k.invoice_id;

create function collection_case_score() returns trigger language plpgsql as $$
begin
    select case_urgency(i.balance, i.due_date) into new.urgency from invoice i where i.id = new.invoice_id;
    return new;
end;
$$;
create trigger collection_case_score before insert on collection_case
    for each row execute function collection_case_score();

create function invoice_rescore_case() returns trigger language plpgsql as $$
begin
    update collection_case set urgency = case_urgency(new.total + new.fees - new.amount_paid, new.due_date)
     where invoice_id = new.id;
    return null;
end;
$$;
create trigger invoice_rescore_case after update of total, fees, amount_paid, due_date on invoice
    for each row execute function invoice_rescore_case();

create index collection_case_queue_order_idx on collection_case (urgency, id) where status <> 'CLOSED';
-- customer filter: a case-insensitive name prefix
create index customer_name_prefix_idx on customer (lower(name) text_pattern_ops);
-- replies and promises decide which cases come first
create index inbound_message_reply_idx on inbound_message (case_id, received_at)
    where classification = 'REPLY';
create index promise_to_pay_date_idx on promise_to_pay (invoice_id, promised_date);
-- the case page lists the invoice's payment exceptions
create index payment_exception_invoice_idx on payment_exception (invoice_id);

-- What people did outside any case (users, tokens, customer settings), for the audit log export.
-- Append-only like the timeline.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    details     text not null default ''
);
create index audit_event_time_idx on audit_event (occurred_at, id);
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function timeline_event_append_only();
-- the audit export reads the whole timeline in time order
create index timeline_event_time_idx on timeline_event (occurred_at, id);

-- What the customer receives: the brand of the HTML email (one colour, one logo), whether
-- single-invoice reminders carry the customer's PDF statement, and the files sent with an email.

create table email_brand (
    id                smallint primary key default 1 check (id = 1),
    colour            text not null default '#1f6feb' check (colour ~ '^#[0-9a-f]{6}$'),
    logo              bytea,
    logo_content_type text check (logo_content_type in ('image/png', 'image/jpeg', 'image/gif')),
    attach_statement  boolean not null default false,
    updated_by        text,
    updated_at        timestamptz not null default now(),
    check ((logo is null) = (logo_content_type is null))
);
insert into email_brand (id) values (1);

-- Stored with the outbox row in the claim's transaction, so a retry or a resend after a crash
-- delivers the very bytes of the first attempt, never a statement rendered later.
create table outbox_attachment (
    id                bigserial primary key,
    outbox_message_id bigint not null references outbox_message (id) on delete cascade,
    position          int not null,
    filename          text not null,
    content_type      text not null,
    -- set for parts the HTML shows inline (<img src="cid:...">), null for files to download
    content_id        text,
    content           bytea not null,
    unique (outbox_message_id, position)
);

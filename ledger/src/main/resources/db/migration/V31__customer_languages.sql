-- A customer's language (ISO 639-1); null means the business's default language.
alter table customer add column language text check (language ~ '^[a-z]{2}$');

-- Edited wordings are kept per language; every wording saved before languages was English.
alter table message_template
    add column language text not null default 'en' check (language ~ '^[a-z]{2}$');
drop index message_template_latest_idx;
create index message_template_latest_idx on message_template (tone, step, language, id desc);

-- What the approver should know about a draft that is not part of the message, such as a missing
-- translation the business's default language stood in for.
alter table touch add column draft_note text;

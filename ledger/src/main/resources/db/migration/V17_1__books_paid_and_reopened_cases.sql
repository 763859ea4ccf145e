-- What the books said was paid at the last import, kept beside what Recoup knows (amount_paid), so
-- a stale export can never undo money Recoup recorded. Null for invoices no import has written yet.
alter table invoice add column books_paid numeric(19, 4) check (books_paid >= 0);

-- How often a closed case was reopened because its invoice is owed again: part of the keys of its
-- touches, so the cadence of a reopened case never collides with the touches of its earlier runs.
alter table collection_case add column reopenings int not null default 0;

-- The amount paid after an import says the books now show books_now paid. Recoup's own adjustments
-- the books did not show (unbooked: payments, or refunds when negative) stand until the books move
-- the same way, which first absorbs them; nothing takes the amount below the money Recoup recorded
-- (payment rows net of refunds). A stale export (books unchanged) changes nothing.
create function invoice_paid_after_import(
    of_invoice bigint, paid numeric, books_before numeric, books_now numeric)
returns numeric language sql stable as $$
    with recorded as (
             select coalesce(sum(p.amount - p.refunded), 0) as net from payment p where p.invoice_id = $1),
         was as (
             select coalesce($3, greatest($2 - net, 0)) as books from recorded),
         unbooked as (
             select $2 - books as amount, books_now - books as moved from was)
    select greatest(
               books_now + case when amount > 0 and moved > 0 then greatest(amount - moved, 0)
                                when amount < 0 and moved < 0 then least(amount - moved, 0)
                                else amount end,
               net, 0)
      from unbooked, recorded
$$;

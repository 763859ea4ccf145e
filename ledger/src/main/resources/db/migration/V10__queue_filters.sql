-- The queue filters by segment and days overdue while it walks open cases in urgency order. Both
-- live on other tables (customer, invoice), so every filtered page joined three tables per case
-- walked and the planner fell back to hashing all of them (about a second at 100,000 open cases).
-- The case keeps a copy of what its filters read, maintained by the triggers below, so a filtered
-- page reads the case rows alone until it has a page, then joins just those.
alter table collection_case add column due_date date;
alter table collection_case add column segment text;
alter table collection_case add column time_zone text;

update collection_case k set due_date = i.due_date, segment = c.segment, time_zone = c.time_zone
  from invoice i join customer c on c.id = i.customer_id
 where i.id = k.invoice_id;

alter table collection_case alter column due_date set not null;
alter table collection_case alter column segment set not null;
alter table collection_case alter column time_zone set not null;

create or replace function collection_case_score() returns trigger language plpgsql as $$
begin
    select case_urgency(i.balance, i.due_date), i.due_date, c.segment, c.time_zone
      into new.urgency, new.due_date, new.segment, new.time_zone
      from invoice i join customer c on c.id = i.customer_id where i.id = new.invoice_id;
    return new;
end;
$$;

create or replace function invoice_rescore_case() returns trigger language plpgsql as $$
begin
    update collection_case k
       set urgency = case_urgency(new.total + new.fees - new.amount_paid, new.due_date),
           due_date = new.due_date, segment = c.segment, time_zone = c.time_zone
      from customer c
     where k.invoice_id = new.id and c.id = new.customer_id;
    return null;
end;
$$;
drop trigger invoice_rescore_case on invoice;
create trigger invoice_rescore_case after update of total, fees, amount_paid, due_date, customer_id
    on invoice for each row execute function invoice_rescore_case();

create function customer_refile_cases() returns trigger language plpgsql as $$
begin
    update collection_case k set segment = new.segment, time_zone = new.time_zone
      from invoice i
     where i.id = k.invoice_id and i.customer_id = new.id;
    return null;
end;
$$;
create trigger customer_refile_cases after update of segment, time_zone on customer
    for each row when (old.segment is distinct from new.segment or old.time_zone is distinct from new.time_zone)
    execute function customer_refile_cases();

-- a segment's open cases in urgency order
create index collection_case_segment_order_idx on collection_case (segment, urgency, id)
    where status <> 'CLOSED';
-- days-overdue filters that match few cases read them by due date instead of walking the queue
create index collection_case_open_due_idx on collection_case (due_date) where status <> 'CLOSED';
-- a person's open cases in urgency order; also lists who has open cases, one probe per person
create index collection_case_assignee_order_idx on collection_case (assignee, urgency, id)
    where status <> 'CLOSED' and assignee is not null;

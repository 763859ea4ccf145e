-- Token buckets of the portal's rate limit, shared by every web replica. A bucket untouched for a
-- minute is full again, so such rows can be deleted without changing any answer.
create table rate_bucket (
  key text primary key,
  tokens double precision not null,
  updated_at timestamptz not null
);

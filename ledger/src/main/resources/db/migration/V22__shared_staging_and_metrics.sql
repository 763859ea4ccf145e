-- State any replica must be able to serve: an upload staged through one replica is previewed,
-- committed or resumed through another, and the metrics page's summary is read once for all.

-- An uploaded file waiting for its uploader to import or cancel it. Its bytes are kept in
-- chunks, so that neither writing nor reading a file of up to the upload limit holds it in memory.
create table staged_upload (
  id uuid primary key,
  owner text not null,
  filename text not null,
  date_order text,
  rows integer,
  staged_at timestamptz not null,
  -- set once, by the import that takes the file; a second commit finds it taken
  claimed_at timestamptz
);

create table staged_upload_chunk (
  upload_id uuid not null references staged_upload (id) on delete cascade,
  seq integer not null,
  bytes bytea not null,
  primary key (upload_id, seq)
);

-- The metrics page's figures per currency ('' for the ledger's main one), as JSON.
create table metrics_summary (
  key text primary key,
  as_of timestamptz not null,
  figures jsonb not null
);

-- Progress of an import running in the background, and what a user needs to fix refused rows:
-- the file's own header, the offending cell and the whole row as the file had it.
alter table import_batch
    add column header       text[],
    add column total_rows   int,
    add column rows_done    int not null default 0,
    add column batches_done int not null default 0;

alter table import_error
    add column value  text,
    add column source text[];

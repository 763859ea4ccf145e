-- Periodic jobs run once per period across the cluster: a run claims its job's lease for the
-- period; replicas that find it held skip that run. runs counts the claimed runs.
create table job_lease (
  job text primary key,
  held_until timestamptz not null,
  held_by text not null,
  runs bigint not null default 1
);

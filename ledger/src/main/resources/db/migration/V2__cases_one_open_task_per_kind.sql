-- A case asks a person for a given decision once: retried or resumed workflows must not pile up
-- duplicate open tasks.
create unique index human_task_case_kind_open_uq on human_task (case_id, kind) where status = 'OPEN';

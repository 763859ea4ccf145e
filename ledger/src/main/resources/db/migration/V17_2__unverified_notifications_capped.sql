-- Only the newest unverified webhook deliveries of each source are kept; this finds the rest.
create index payment_notification_unverified_idx on payment_notification (source, id)
    where not signature_verified;

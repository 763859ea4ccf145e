-- WhatsApp (through Twilio) is a third channel: a customer may prefer it, a cadence step may name
-- it, and its messages go through the outbox and arrive as inbound messages like SMS.
alter table customer drop constraint customer_preferred_channel_check;
alter table customer add constraint customer_preferred_channel_check
    check (preferred_channel in ('EMAIL', 'SMS', 'WHATSAPP'));

alter table cadence_policy_step drop constraint cadence_policy_step_channel_check;
alter table cadence_policy_step add constraint cadence_policy_step_channel_check
    check (channel in ('PREFERRED', 'EMAIL', 'SMS', 'WHATSAPP'));

alter table outbox_message drop constraint outbox_message_channel_check;
alter table outbox_message add constraint outbox_message_channel_check
    check (channel in ('EMAIL', 'SMS', 'WHATSAPP'));

alter table inbound_message drop constraint inbound_message_channel_check;
alter table inbound_message add constraint inbound_message_channel_check
    check (channel in ('EMAIL', 'SMS', 'WHATSAPP'));

-- WhatsApp's customer-service window: the newest inbound message from a number on a channel.
create index inbound_message_sender_idx on inbound_message (channel, sender, received_at);

-- Webhook signing secrets are kept sealed (AES-256-GCM under a key that lives outside the database, see
-- WebhookSecretBox), so a dump or backup of this database does not hand out the keys that sign Government Offices'
-- deliveries. Rows written before this migration hold the secret as it is (sealed = false); the service seals them
-- when it starts, in one transaction, before it delivers anything.
alter table webhook_secret add column sealed boolean not null default false;

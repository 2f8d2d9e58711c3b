-- The api_key another system issued to us is kept sealed with the server's key (held outside the database), like the
-- other secrets of the server. Rows stored in clear before are sealed by the connector at the next start
-- (ConnectorKeySealing); until then they are read as they are. A sealed key is longer than the clear one.
alter table external_department alter column api_key type text;
alter table external_department add column api_key_sealed boolean not null default false;

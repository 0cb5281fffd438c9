-- Every sealed value now starts with the id of the key that sealed it: "v1:<key id>:" (at most 20
-- characters) before the Base64 of nonce, ciphertext and tag (decision record 0018). Each column
-- gains room for that header. Values stored before carry no header; they are read with the key
-- "legacy" (spotthesigns.contact-details.key) until the re-seal job seals them again.
alter table report alter column contact_name set data type varchar(2220);
alter table report alter column contact_phone set data type varchar(1020);
alter table report alter column contact_email set data type varchar(5520);
alter table report alter column contact_notes set data type varchar(6520);
alter table moderator_account alter column totp_secret set data type varchar(220);

-- Second-factor secrets are now stored encrypted (AES-GCM, Base64), which takes more room.
-- Secrets enrolled before are cleared: their owners set up the second step again at next sign-in.
alter table moderator_account alter column totp_secret set data type varchar(200);
update moderator_account set totp_secret = null, totp_last_step = null where totp_secret is not null;

-- Copies of mail handed to SMTP kept their links' secrets in clear; they keep the link, not the secret (decision 53).
update message set body = regexp_replace(body, '([?&]token=)[^&#[:space:]]+', '\1[removed]', 'g')
where delivery = 'SENT' and body ~ '[?&]token=';

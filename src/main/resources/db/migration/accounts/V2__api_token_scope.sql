-- what a token may do and until when; tokens made before scopes existed keep what they could do
alter table api_token add column scope varchar(20) not null default 'READ_WRITE'
    check (scope in ('READ', 'READ_WRITE', 'METRICS'));
alter table api_token add column expires_at timestamptz;

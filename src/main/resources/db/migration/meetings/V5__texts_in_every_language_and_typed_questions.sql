-- Issue 16: a meeting's title and description in any configured language, as the rest of the platform keeps
-- texts (shared.LocalizedText: jsonb keyed by language tag). The columns held English and Chinese until now.
alter table meeting add column title_text jsonb, add column description_text jsonb;
update meeting set
    title_text = jsonb_strip_nulls(jsonb_build_object('en', nullif(btrim(title), ''), 'zh', nullif(btrim(title_zh), ''))),
    description_text = jsonb_strip_nulls(jsonb_build_object('en', nullif(btrim(description), ''), 'zh', nullif(btrim(description_zh), '')));
alter table meeting drop column title, drop column title_zh, drop column description, drop column description_zh;
alter table meeting rename column title_text to title;
alter table meeting rename column description_text to description;
alter table meeting alter column title set not null, alter column description set not null,
    alter column description set default '{}';

-- Issue 15: typed registration questions (a line of text, a longer text, one of several options, any of several
-- options), each label and option in every language, kept on the meeting as one jsonb list like a call's form:
-- [{"type", "label": {lang: text}, "required", "options": [{"key", "label": {lang: text}}]}]. The labels written
-- so far were text questions in English.
alter table meeting add column questions jsonb not null default '[]';
update meeting m set questions = coalesce((
    select jsonb_agg(jsonb_build_object('type', 'SHORT_TEXT', 'label', jsonb_build_object('en', q.label),
                                        'required', q.required, 'options', '[]'::jsonb) order by q.position)
    from question q where q.meeting_id = m.id), '[]'::jsonb);
drop table question;

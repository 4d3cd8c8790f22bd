-- Programmes are one dimension (issue 19): calls own them, and projects, meetings and the alliance's ledger name them
-- by code. Each belongs to an area (capacity building holds the scholarship, the fellowship and trainings); the
-- programmes that run without calls (advisory, networks and events, the Secretariat's operations) exist from here on.
-- A programme a call created earlier keeps its name; only its area and position are set.
alter table programme add column area varchar(60), add column position int not null default 0;

insert into programme (id, code, name, area, position) values
    (gen_random_uuid(), 'capacity-building',
     '{"en": "Capacity building", "zh": "能力建设", "ru": "Наращивание потенциала", "es": "Desarrollo de capacidades", "fr": "Renforcement des capacités"}', null, 10),
    (gen_random_uuid(), 'scholarship',
     '{"en": "ANSO Scholarship for Young Talents", "zh": "ANSO青年人才奖学金", "ru": "Стипендия ANSO для молодых талантов", "es": "Beca ANSO para Jóvenes Talentos", "fr": "Bourse ANSO pour jeunes talents"}', 'capacity-building', 11),
    (gen_random_uuid(), 'visiting-fellowship',
     '{"en": "ANSO Visiting Fellowship on Mega-Science Facilities", "zh": "ANSO大科学装置访问学者项目", "ru": "Программа приглашённых исследователей ANSO на мегаустановках", "es": "Programa ANSO de investigadores visitantes en grandes instalaciones científicas", "fr": "Programme ANSO de chercheurs invités sur les très grandes infrastructures"}', 'capacity-building', 12),
    (gen_random_uuid(), 'training',
     '{"en": "Trainings", "zh": "培训", "ru": "Обучение", "es": "Formación", "fr": "Formations"}', 'capacity-building', 13),
    (gen_random_uuid(), 'cooperation',
     '{"en": "ANSO Cooperation Program", "zh": "ANSO合作项目", "ru": "Программа сотрудничества ANSO", "es": "Programa de Cooperación ANSO", "fr": "Programme de coopération ANSO"}', null, 20),
    (gen_random_uuid(), 'advisory',
     '{"en": "Advisory", "zh": "咨询", "ru": "Консультативная деятельность", "es": "Asesoramiento", "fr": "Conseil"}', null, 30),
    (gen_random_uuid(), 'networks-events',
     '{"en": "Networks and events", "zh": "网络与活动", "ru": "Сети и мероприятия", "es": "Redes y eventos", "fr": "Réseaux et événements"}', null, 40),
    (gen_random_uuid(), 'operations',
     '{"en": "Secretariat operations", "zh": "秘书处运营", "ru": "Работа Секретариата", "es": "Funcionamiento de la Secretaría", "fr": "Fonctionnement du Secrétariat"}', null, 50)
on conflict (code) do update set area = excluded.area, position = excluded.position;

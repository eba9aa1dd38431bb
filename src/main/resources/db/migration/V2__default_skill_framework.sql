-- The default skill framework: the skills through which empathy, the core of leadership, shows.
insert into skill (name, description, sort_order, retired) values
('Effective communication', 'Says what matters clearly, at the right time, to the right people.', 1, false),
('Situational awareness', 'Reads the room and the wider context before acting.', 2, false),
('Good listening', 'Hears people out, asks questions and reflects back what was said.', 3, false),
('Emotional intelligence', 'Notices own and others'' emotions and responds with care.', 4, false),
('Consensus building', 'Brings people with different views to a decision they can all support.', 5, false),
('Diplomacy', 'Handles disagreement and sensitive topics with tact and respect.', 6, false),
('Big-picture thinking', 'Connects the daily work to the goals of the team and the organisation.', 7, false);

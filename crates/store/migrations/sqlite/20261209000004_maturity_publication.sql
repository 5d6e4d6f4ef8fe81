-- What a team agrees to publish of its maturity (issue 17, part 7): `show_tier` true lets the
-- public site show the tier of the team's latest signed-off assessment, when the programme
-- publishes tiers at all (`maturity.publish` in the configuration); false keeps everything
-- restricted. No row: the team has not chosen, and nothing is published. Parameter levels,
-- notes and evidence are never published. One row per team, replaced by each choice (audited).
CREATE TABLE maturity_publication (
    team_id TEXT PRIMARY KEY,
    show_tier INTEGER NOT NULL,
    set_at INTEGER NOT NULL,
    set_by INTEGER REFERENCES users (id)
);

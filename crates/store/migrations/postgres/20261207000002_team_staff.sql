-- Team staff (issue 16): an account scoped to one CIRT of the directory, as a focal point is
-- scoped to a country. `team` is the `teams.id` of a `team-staff` account and empty for every
-- other role (checked here and by the store, which also checks that the team exists when an
-- account is created or changed). Kept as text without a foreign key, like the reachability
-- pings: removing a team leaves its staff accounts for an administrator to reassign.
ALTER TABLE users ADD COLUMN team TEXT;
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('admin', 'reviewer', 'focal-point', 'contributor', 'observer', 'team-staff'));
ALTER TABLE users ADD CONSTRAINT users_team_check CHECK ((role = 'team-staff') = (team IS NOT NULL));

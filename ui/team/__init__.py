"""Users ▸ Team members: a team server's logins, for its managers."""

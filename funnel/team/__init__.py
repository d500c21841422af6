"""Team mode's people: server logins, their roles and the owners they act as."""

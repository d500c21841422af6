"""Team mode in the window: connecting to a shared server, others' changes
appearing live, the server going away, edits that collide, and (for
managers) Users ▸ Team members."""

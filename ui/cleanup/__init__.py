"""The weekly clean-up page: its home (due or done, history), the review one
deal at a time, and the summary at the end."""

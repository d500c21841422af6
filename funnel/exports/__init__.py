"""Files out: the clients, deals and purchases lists as CSV or XLSX."""

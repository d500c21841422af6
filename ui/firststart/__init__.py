"""The first start: the assistant, the demo file, the tour of the keys."""

"""The weekly pipeline clean-up: a guided review of every open deal.

- `queue`: which deals a review walks through, in what order, and what a
  decision needs to know about each;
- `checklist`: the four hygiene questions, answered from the data;
- `review`: starting, resuming and finishing a review, one deal at a time;
- `decisions`: what each key of the review does (call, park, archive, won …);
- `fixes`: logging a forgotten contact, filling in value and expected close;
- `reminder`: the weekly reminder (an RRULE activity), what is due, weeks skipped;
- `silent`: the "we will close your request" notice to silent leads;
- `temperature`: proposals to cool down clients who went quiet;
- `summary`: the end-of-review figures and the history of reviews;
- `overview`: what the clean-up page's home shows, in one read.
"""

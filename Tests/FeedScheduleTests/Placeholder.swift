// Replaced by the schedule tests.

"""Staff forms as dialogs: each validates through the core and stays open on a refusal."""

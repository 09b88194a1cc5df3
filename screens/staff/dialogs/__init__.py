"""Small staff dialogs: the PIN, yes/no, one text, one choice from a list."""

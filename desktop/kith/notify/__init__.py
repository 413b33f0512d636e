"""Telling the user something outside the window: desktop notifications and fallbacks."""

"""The application services: the one way the CLI and the GUI read and change data."""

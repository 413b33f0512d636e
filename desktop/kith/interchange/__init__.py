"""Converting between files (iCalendar, vCard, JSON archives) and plain values.

Nothing here touches the database: the services read and write it, and hand plain
values to and from these converters.
"""

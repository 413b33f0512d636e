"""The Plans place: meetups by week, ideas without a day, and the meetup actions."""

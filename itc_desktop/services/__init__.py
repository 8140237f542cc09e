"""The use-cases of the lab. Importing the package turns on the text rules for every flush."""

from itc_desktop.services import text_rules as text_rules

"""ITC Lab: the desktop application of the Innovation and Technology Center for Metal Industry."""

__version__ = "0.1.0"

"""Reading and writing files of other programs: raw test-machine files, CSV tables."""

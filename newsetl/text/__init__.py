"""Arabic text functions: normalisation for storage and for matching, language identification,
boilerplate rules. Pure functions over strings; may import only ``newsetl.lexicons``."""

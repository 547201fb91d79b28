"""Built-in sample story: three invented Dutch articles about one invented event."""

"""English language data, assembled from the small modules beside this file."""

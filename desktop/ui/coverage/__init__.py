"""Window pages of the coverage feature: dashboard (Laporan), claims register, rate tables."""

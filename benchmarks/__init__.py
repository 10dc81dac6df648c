"""The performance benchmark for issue 3 (`make bench`): a seeded million-referral database and
measurements of the real widgets against it. See benchmarks/README.md."""

"""The spec corpora: golden/ holds generated code and unseen/, hostile/, rejected/ hold specs, not tests."""

collect_ignore_glob = ["golden/*", "unseen/*", "hostile/*", "rejected/*", "realworld/*"]
